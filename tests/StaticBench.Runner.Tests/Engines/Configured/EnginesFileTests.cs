using StaticBench.Runner.Engines.Configured;
using StaticBench.Runner.Engines.Sightglass;

namespace StaticBench.Runner.Tests.Engines.Configured;

public class EnginesFileTests
{
    private static IReadOnlyList<ConfiguredEngineSpec> Parse(string json) => EnginesFile.Parse(json, "engines.json", "/conf");

    [Fact]
    public void Reads_cli_engines_and_sightglass_libraries_with_relative_paths_from_the_file()
    {
        var specs = Parse("""
            { "engines": [
              { "name": "wasmtime-cli", "version": ["wasmtime", "--version"], "flags": "-O opt-level=2",
                "commands": { "run": ["wasmtime", "run", "--invoke", "{export}", "{wasm}"],
                              "aot-compile": ["wasmtime", "compile", "{wasm}", "-o", "{artifact}"],
                              "aot-run": ["wasmtime", "run", "--allow-precompiled", "--invoke", "{export}", "{artifact}"] },
                "checksum": "(-?\\d+)\\s*$" },
              { "name": "wasmtime-lib", "sightglass": "libs/libwasmtime_bench_api.so" }
            ] }
            """);

        specs[0].Commands.Keys.ShouldBe(["run", "aot-compile", "aot-run"], ignoreOrder: true);
        EnginesFile.Create(specs[0]).Phases.ShouldBe(["total", "aot-compile", "aot-execute"]);
        specs[1].SightglassLibrary.ShouldBe("/conf/libs/libwasmtime_bench_api.so");
        EnginesFile.Create(specs[1]).ShouldBeOfType<SightglassEngine>();
    }

    [Theory]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "run": "wasmtime {wasm}" }, "checksum": "(\\d+)" } ] }""", "$.engines[0].commands.run: must be a non-empty array of strings (program first; never a shell line)")]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "execute": ["a"] }, "checksum": "(\\d+)" } ] }""", "$.engines[0].commands.execute: unknown command")]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "run": ["a"] } } ] }""", "$.engines[0].checksum: is required")]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "run": ["a"], "aot-compile": ["a"] }, "checksum": "(\\d+)" } ] }""", "aot-compile and aot-run go together")]
    [InlineData("""{ "engines": [ { "commands": { "run": ["a"] } } ] }""", "$.engines[0].name: is required")]
    [InlineData("""{ "engines": [ { "name": "x" } ] }""", "give \"commands\" (a CLI engine) or \"sightglass\"")]
    [InlineData("""{ "engine": [] }""", "$.engines: must be an array")]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "run": ["a"] }, "checksum": "(" } ] }""", "$.engines[0].checksum: not a regular expression")]
    [InlineData("""{ "engines": [ { "name": "x", "name": "y", "commands": { "run": ["a"] }, "checksum": "(\\d+)" } ] }""", "engines.json: $.engines[0]: names the member \"name\" twice")]
    [InlineData("""{ "engines": [ { "name": "x\ud800" } ] }""", "engines.json: $.engines[0].name: holds an unpaired surrogate escape")]
    [InlineData("""{ "engines": [ { "name": "x", "comands": { "run": ["a"] }, "checksum": "(\\d+)" } ] }""", "engines.json: $.engines[0].comands: unknown key")]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "run": ["a", "b\u0000"] }, "checksum": "(\\d+)" } ] }""", "engines.json: $.engines[0].commands.run[1]: must not contain control characters")]
    [InlineData("""{ "engines": [ { "name": "x", "config": "", "commands": { "run": ["a"] }, "checksum": "(\\d+)" } ] }""", "engines.json: $.engines[0].config: must be a non-empty string")]
    [InlineData("""{ "engines": [ { "name": "x", "commands": { "run": ["a"] }, "checksum": "(\\d+)" }, { "name": "X", "commands": { "run": ["a"] }, "checksum": "(\\d+)" } ] }""", "engines.json: $.engines[1].name: engine 'X' is described twice (also $.engines[0])")]
    public void Names_the_json_path_of_every_mistake(string json, string message)
    {
        Should.Throw<EnginesFileException>(() => Parse(json)).Message.ShouldContain(message);
    }

    [Fact]
    public void The_default_file_is_used_only_when_present_and_the_option_wins()
    {
        using var temp = new StaticBench.Testing.TempDirectory();
        EnginesFile.Locate(null, temp.Path).ShouldBeNull();
        File.WriteAllText(temp.Combine(EnginesFile.DefaultName), "{}");
        EnginesFile.Locate(null, temp.Path).ShouldBe(temp.Combine(EnginesFile.DefaultName));
        EnginesFile.Locate("other.json", temp.Path).ShouldBe(temp.Combine("other.json"));
    }

    [Fact]
    public void Issue15_every_mistake_is_named_at_once_each_with_file_and_path()
    {
        var message = Should.Throw<EnginesFileException>(() => Parse("""{ "engines": [ { "commands": { "run": ["a"] }, "checksum": "(" }, { "name": "y", "checksum": "(\\d+)" } ] }""")).Message;

        message.Split('\n').ShouldBe(
        [
            "engines.json: $.engines[0].name: is required",
            "engines.json: $.engines[0].checksum: not a regular expression: Invalid pattern '(' at offset 1. Not enough )'s.",
            "engines.json: $.engines[1]: give \"commands\" (a CLI engine) or \"sightglass\" (an engine library)",
        ]);
    }
}
