namespace StaticBench.Testing;

/// <summary>
/// A test class that needs a real smart-HTTP git remote: a scratch folder (<see cref="Dir"/>) and a
/// <see cref="GitHttpServer"/> serving the repositories under <c>Dir/served</c>, started before each test
/// and stopped after it.
/// </summary>
public abstract class WithGitHttpServer : Xunit.IAsyncLifetime
{
    protected TempDirectory Dir { get; } = new();

    protected GitHttpServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GitHttpServer.StartAsync(Directory.CreateDirectory(Dir.Combine("served")).FullName);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Dir.Dispose();
    }
}
