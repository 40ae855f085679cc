namespace StaticBench.Testing;

/// <summary>Finds this repository's root (where StaticBench.sln is) from a test's output folder, for tests that read templates/, src/ or docs/.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "StaticBench.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("StaticBench.sln not found above the test output");
    }
}
