using System.Runtime.CompilerServices;

namespace StaticBench.Site.Tests.Support;

/// <summary>
/// Golden files kept beside the tests (<c>Golden/</c>): compares output with the expected file, or,
/// with <c>STATICBENCH_UPDATE_GOLDEN=1</c>, rewrites it (then review the diff and commit it).
/// </summary>
public static class Golden
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(FindTestsRoot(caller), "Golden");
        var path = Path.Combine(folder, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("STATICBENCH_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"Golden file {path} is missing; run with STATICBENCH_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            throw new Xunit.Sdk.XunitException(
                $"{name} differs from its golden file at line {line.Number}:\n  expected: {line.Expected}\n  actual:   {line.Actual}\n"
                + "Run with STATICBENCH_UPDATE_GOLDEN=1 to accept the new output.");
        }
    }

    private static string FindTestsRoot(string caller)
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "StaticBench.Site.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("Test project folder not found.");
        }

        return dir;
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return (i + 1, el, al);
            }
        }

        return (0, "", "");
    }
}
