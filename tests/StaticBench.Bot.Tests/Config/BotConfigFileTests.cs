using System.Text.Json.Nodes;
using StaticBench.Bot.Config;
using StaticBench.Bot.Queue;
using StaticBench.Bot.Requests;
using StaticBench.Bot.Running;
using StaticBench.Bot;
using StaticBench.Testing;

namespace StaticBench.Bot.Tests.Config;

/// <summary>bot.json: defaults, relative paths, and every mistake named with the file and its JSON path.</summary>
public class BotConfigFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static JsonObject Valid() => new()
    {
        ["repositories"] = new JsonArray("example/engine"),
        ["machine"] = "x86-bench-1",
        ["botLogin"] = "staticbench-bot",
        ["allowList"] = new JsonObject { ["logins"] = new JsonArray("alice") },
        ["stateFile"] = "state.json",
        ["data"] = new JsonObject { ["location"] = "data.git" },
        ["engines"] = new JsonArray(new JsonObject
        {
            ["name"] = "mine",
            ["commands"] = new JsonObject { ["run"] = new JsonArray("{checkout}/bin/engine", "{wasm}") },
            ["checksum"] = "(\\d+)",
        }),
    };

    private BotConfig Parse(JsonObject json) => BotConfigFile.Parse(json.ToJsonString(), "bot.json", _dir.Path);

    private string Error(JsonObject json) => Should.Throw<BotConfigException>(() => Parse(json)).Message;

    [Fact]
    public void A_minimal_config_gets_the_documented_defaults_and_paths_relative_to_the_file()
    {
        var config = Parse(Valid());

        config.ApiUrl.ShouldBe(new Uri("https://api.github.com/"));
        config.StateFile.ShouldBe(_dir.Combine("state.json"));
        config.WorkFolder.ShouldBe(_dir.Combine("bot-work"));
        config.Data.ShouldBe(new DataSettings(_dir.Combine("data.git"), "main", ""));
        config.Project.CloneUrlOf("example/engine").ShouldBe("https://github.com/example/engine.git");
        config.Project.Build.ShouldBeEmpty();
        config.PollInterval.ShouldBe(TimeSpan.FromSeconds(60));
        config.FailOnRegression.ShouldBe(0.05);
        config.AllowList.Logins.ShouldBe(["alice"]);
        config.Engines.ShouldHaveSingleItem().Name.ShouldBe("mine");
        config.AllowUnsandboxed.ShouldBeFalse();
    }

    [Fact]
    public void A_remote_data_repository_stays_a_URL()
    {
        var json = Valid();
        json["data"] = new JsonObject { ["location"] = "https://github.com/example/bench-data.git", ["branch"] = "data", ["path"] = "x86" };

        Parse(json).Data.ShouldBe(new DataSettings("https://github.com/example/bench-data.git", "data", "x86"));
    }

    public static TheoryData<string, string, string> Mistakes() => new()
    {
        { "machine", "null", "bot.json: $.machine: is required" },
        { "repositories", "[\"no-slash\"]", "bot.json: $.repositories[0]: 'no-slash' is not a repository name" },
        { "githubToken", "\"ghp_x\"", "bot.json: $.githubToken: the GitHub token never goes in the config file" },
        { "pollSecond", "5", "bot.json: $.pollSecond: unknown key" },
        { "pollSeconds", "\"5\"", "bot.json: $.pollSeconds: must be a number" },
        { "apiUrl", "\"ftp://x\"", "bot.json: $.apiUrl: 'ftp://x' is not an http(s) URL" },
        { "allowList", "{\"logins\": [\"a\"], \"file\": \"allow.txt\"}", "bot.json: $.allowList: give exactly one of" },
        { "data", "{\"branch\": \"main\"}", "bot.json: $.data.location: is required" },
        { "project", "{\"build\": \"make all\"}", "bot.json: $.project.build: must be an array of strings (never a shell line)" },
        { "project", "{\"samples\": 0}", "bot.json: $.project.samples: must be a number from 1" },
        { "engines", "[{\"name\": \"x\", \"commands\": {\"run\": [\"engine\", \"{wasm}\"]}, \"checksum\": \"(\\\\d+)\"}]", "bot.json: $.engines[0].commands: use {checkout} nowhere" },
        { "engines", "[{\"name\": \"x\", \"commands\": {\"run\": [\"{checkout}/e\"]}, \"version\": [\"{checkout}/e\", \"-V\"], \"checksum\": \"(\\\\d+)\"}]", "bot.json: $.engines[0].version: must not use {checkout}" },
        { "engines", "[{\"name\": \"x@y\", \"commands\": {\"run\": [\"{checkout}/e\"]}, \"checksum\": \"(\\\\d+)\"}]", "bot.json: $.engines[0].name: must not contain '@'" },
        { "engines", "[{\"name\": \"x\", \"commands\": {\"run\": [\"{checkout}/e\"]}}]", "bot.json: $.engines[0].checksum: is required" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_named_with_the_file_and_its_JSON_path(string key, string value, string expected)
    {
        var json = Valid();
        json[key] = JsonNode.Parse(value);

        Error(json).ShouldStartWith(expected);
    }

    [Fact]
    public void Not_JSON_is_said_so()
    {
        Should.Throw<BotConfigException>(() => BotConfigFile.Parse("{", "bot.json", _dir.Path)).Message.ShouldStartWith("bot.json: not JSON");
    }
}
