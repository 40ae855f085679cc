using System.Text.Json;
using StaticBench.Runner.Engines.Sightglass;
using StaticBench.Schema.Validation;

namespace StaticBench.Runner.Engines.Configured;

/// <summary>
/// Reads the engines file (<c>--engines-config FILE</c>, or <see cref="DefaultName"/> in the working
/// folder when present) into engines for <see cref="EngineRegistry.With"/>. Format in docs/engines.md.
/// Every problem is named with its JSON path, so a typo never silently drops an engine.
/// </summary>
public static class EnginesFile
{
    public const string DefaultName = "staticbench-engines.json";

    /// <summary>The file to read: the option's, else <see cref="DefaultName"/> in <paramref name="workingFolder"/> if it exists, else none.</summary>
    public static string? Locate(string? option, string workingFolder)
    {
        if (option is not null)
        {
            return Path.GetFullPath(option, workingFolder);
        }

        var fallback = Path.Combine(workingFolder, DefaultName);
        return File.Exists(fallback) ? fallback : null;
    }

    public static IReadOnlyList<IEngine> Load(string path) =>
        [.. Parse(File.ReadAllText(path), path, Path.GetDirectoryName(Path.GetFullPath(path))!).Select(Create)];

    public static IEngine Create(ConfiguredEngineSpec spec) =>
        spec.SightglassLibrary is { } library ? new SightglassEngine(spec.Name, library, spec.Config, spec.Flags) : new ConfiguredEngine(spec);

    /// <summary>Parses the file's text; <paramref name="baseFolder"/> anchors relative library paths (the file's folder).</summary>
    public static IReadOnlyList<ConfiguredEngineSpec> Parse(string json, string source, string baseFolder)
    {
        // The result format's strict reader: a duplicate member or an unpaired surrogate is named by its path, not guessed at.
        var input = StrictJson.Parse(System.Text.Encoding.UTF8.GetBytes(json), source, forConfiguration: true);
        if (input.Problem is { } problem)
        {
            throw new EnginesFileException(problem.ToString());
        }

        JsonElement root;
        using (input.Document)
        {
            root = input.Document!.RootElement.Clone();
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("engines", out var engines) || engines.ValueKind != JsonValueKind.Array)
        {
            throw new EnginesFileException($"{source}: $.engines: must be an array of engines");
        }

        var specs = new List<ConfiguredEngineSpec>();
        var index = 0;
        foreach (var engine in engines.EnumerateArray())
        {
            specs.Add(ReadEngine(engine, $"{source}: $.engines[{index++}]", baseFolder));
        }

        var twice = specs.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? specs : throw new EnginesFileException($"{source}: engine '{twice.Key}' is described twice");
    }

    private static ConfiguredEngineSpec ReadEngine(JsonElement engine, string at, string baseFolder)
    {
        if (engine.ValueKind != JsonValueKind.Object)
        {
            throw new EnginesFileException($"{at}: must be an object");
        }

        var name = String(engine, "name", at) ?? throw new EnginesFileException($"{at}.name: is required");
        var library = String(engine, "sightglass", at);
        var commands = new Dictionary<string, CommandTemplate>();
        if (engine.TryGetProperty("commands", out var list))
        {
            if (list.ValueKind != JsonValueKind.Object)
            {
                throw new EnginesFileException($"{at}.commands: must be an object of command arrays");
            }

            foreach (var command in list.EnumerateObject())
            {
                if (!ConfiguredCommands.All.Any(c => c.Command == command.Name))
                {
                    throw new EnginesFileException($"{at}.commands.{command.Name}: unknown command; known: {string.Join(", ", ConfiguredCommands.All.Select(c => c.Command))}");
                }

                commands[command.Name] = Template(command.Value, $"{at}.commands.{command.Name}");
            }
        }

        if (library is null && commands.Count == 0)
        {
            throw new EnginesFileException($"{at}: give \"commands\" (a CLI engine) or \"sightglass\" (an engine library)");
        }

        if (library is not null && commands.Count > 0)
        {
            throw new EnginesFileException($"{at}: give \"commands\" or \"sightglass\", not both");
        }

        if (commands.ContainsKey(ConfiguredCommands.AotCompile) != commands.ContainsKey(ConfiguredCommands.AotRun))
        {
            throw new EnginesFileException($"{at}.commands: aot-compile and aot-run go together");
        }

        var checksum = String(engine, "checksum", at);
        if (library is null && checksum is null)
        {
            throw new EnginesFileException($"{at}.checksum: is required: a regular expression whose first group is the number run() returned, e.g. \"(-?\\\\d+)\\\\s*$\" (staticbench checks every engine's answer)");
        }

        if (checksum is not null)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(checksum);
            }
            catch (ArgumentException e)
            {
                throw new EnginesFileException($"{at}.checksum: not a regular expression: {e.Message}");
            }
        }

        var version = engine.TryGetProperty("version", out var v) ? Template(v, $"{at}.version") : null;
        return new ConfiguredEngineSpec(name, String(engine, "config", at), String(engine, "flags", at), version, commands, checksum,
            library is null ? null : Path.GetFullPath(library, baseFolder));
    }

    private static CommandTemplate Template(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
        {
            throw new EnginesFileException($"{at}: must be a non-empty array of strings (program first; never a shell line)");
        }

        return new CommandTemplate([.. value.EnumerateArray().Select(a => a.GetString()!)]);
    }

    private static string? String(JsonElement engine, string property, string at)
    {
        if (!engine.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new EnginesFileException($"{at}.{property}: must be a non-empty string");
    }
}

/// <summary>The engines file is wrong; the message names the file and the JSON path.</summary>
public sealed class EnginesFileException(string message) : Exception(message);
