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
        config.Data.ShouldBe(new DataRepositorySettings(_dir.Combine("data.git"), "main", ""));
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

        Parse(json).Data.ShouldBe(new DataRepositorySettings("https://github.com/example/bench-data.git", "data", "x86"));
    }

    public static TheoryData<string, string, string> Mistakes() => new()
    {
        { "machine", "null", "bot.json: $.machine: is required" },
        { "repositories", "[\"no-slash\"]", "bot.json: $.repositories[0]: 'no-slash' is not a repository name" },
        { "githubToken", "\"ghp_x\"", "bot.json: $.githubToken: the GitHub token never goes in the config file" },
        { "pollSecond", "5", "bot.json: $.pollSecond: unknown key" },
        { "pollSeconds", "\"5\"", "bot.json: $.pollSeconds: must be a number" },
        { "apiUrl", "\"ftp://x\"", "bot.json: $.apiUrl: \"ftp://x\" is not an http(s) URL" },
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
    public void Not_JSON_is_said_so_with_line_and_byte()
    {
        Should.Throw<BotConfigException>(() => BotConfigFile.Parse("{", "bot.json", _dir.Path)).Message.ShouldStartWith("bot.json: $: is not valid JSON (line 1");
    }

    [Theory]
    [InlineData("{\"machine\": \"a\", \"machine\": \"b\"}", "bot.json: $: names the member \"machine\" twice")]
    [InlineData("{\"machine\": \"x86\\ud800\"}", "bot.json: $.machine: holds an unpaired surrogate escape")]
    [InlineData("{\"data\": {\"location\": \"a\", \"location\": \"b\"}}", "bot.json: $.data: names the member \"location\" twice")]
    public void Issue15_the_strict_reader_of_result_files_reads_the_config_file_too(string json, string expected)
    {
        // Given a config file that JsonDocument would read (the last "machine" winning), When it is parsed,
        // Then it is refused as a result file would be: file, JSON path, what
        Should.Throw<BotConfigException>(() => BotConfigFile.Parse(json, "bot.json", _dir.Path)).Message.ShouldStartWith(expected);
    }

    [Fact]
    public void Issue15_every_mistake_is_named_at_once_not_only_the_first()
    {
        // Given a config with three unrelated mistakes, one a control character in the machine name
        var json = Valid();
        json["machine"] = "x86\u001b[2J";
        json["pollSeconds"] = -1;
        json.Remove("botLogin");

        // When it is parsed
        var lines = Error(json).Split('\n');

        // Then each mistake is a line naming the file and its path, the control character escaped
        lines.ShouldBe(
        [
            "bot.json: $.machine: must not contain control characters (U+001B at index 3): \"x86\\u001B[2J\"",
            "bot.json: $.botLogin: is required: the bot's own GitHub login",
            "bot.json: $.pollSeconds: must be a number from 1 to 86400, not the number -1",
        ], ignoreOrder: true);
    }

    [Fact]
    public void Issue15_bytes_that_are_not_UTF8_are_refused_not_guessed_at()
    {
        var path = _dir.Combine("bot.json");
        File.WriteAllBytes(path, [.. "{\"machine\": \"x"u8, 0xFF, .. "\"}"u8]);

        Should.Throw<BotConfigException>(() => BotConfigFile.Load(path)).Message.ShouldContain("bot.json: $: is not valid UTF-8 (line 1, byte 15: 0xFF)");
    }
}
