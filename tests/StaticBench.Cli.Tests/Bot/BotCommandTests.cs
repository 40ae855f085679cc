using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Bot;

/// <summary>What <c>staticbench bot</c> says before it talks to anyone: the config and the token.</summary>
public class BotCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_broken_config_file_is_exit_code_1_naming_the_file_and_field()
    {
        var config = _dir.Combine("bot.json");
        File.WriteAllText(config, """{"repositories": "a/b"}""");

        var (exit, _, error) = await InProcessCli.RunAsync("bot", "--config", config, "--once");

        exit.ShouldBe(1);
        error.ShouldContain($"{config}: $.repositories: must be an array of strings");
    }

    [Fact]
    public async Task A_missing_config_file_is_exit_code_1()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("bot", "--config", _dir.Combine("nope.json"), "--once");

        exit.ShouldBe(1);
        error.ShouldContain("no such config file");
    }
}
