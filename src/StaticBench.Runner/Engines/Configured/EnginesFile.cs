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
    /// <exception cref="EnginesFileException">Every problem, one a line, each naming the file and its JSON path.</exception>
    public static IReadOnlyList<ConfiguredEngineSpec> Parse(string json, string source, string baseFolder)
    {
        // The result format's strict reader: a duplicate member or an unpaired surrogate is named by its path, not guessed at.
        var input = StrictJson.Parse(System.Text.Encoding.UTF8.GetBytes(json), source, forConfiguration: true);
        if (input.Problem is { } problem)
        {
            throw new EnginesFileException(problem.ToString());
        }

        using var document = input.Document!;
        var check = new ElementChecker(source);
        var specs = Read(check, document.RootElement, baseFolder);
        return check.Problems.Count == 0 ? specs : throw new EnginesFileException(string.Join("\n", check.Problems));
    }

    /// <summary>
    /// Reads the <c>engines</c> array of <paramref name="root"/> (an engines file, or the bot's config file, which holds
    /// one), reporting problems to <paramref name="check"/>; the engines read are complete only when it has none.
    /// </summary>
    public static IReadOnlyList<ConfiguredEngineSpec> Read(ElementChecker check, JsonElement root, string baseFolder)
    {
        if (!check.IsObject(root, "$"))
        {
            return [];
        }

        if (!root.TryGetProperty("engines", out var engines) || engines.ValueKind != JsonValueKind.Array)
        {
            check.Fail("$.engines", $"must be an array of engines (docs/engines.md), not {(engines.ValueKind == JsonValueKind.Undefined ? "missing" : ElementChecker.Describe(engines))}");
            return [];
        }

        var specs = new List<ConfiguredEngineSpec>();
        var index = 0;
        foreach (var engine in engines.EnumerateArray())
        {
            var at = ElementChecker.Item("$.engines", index++);
            if (check.IsObject(engine, at) && ReadEngine(check, engine, at, baseFolder) is { } spec)
            {
                var twice = specs.FindIndex(s => string.Equals(s.Name, spec.Name, StringComparison.OrdinalIgnoreCase));
                if (twice >= 0)
                {
                    check.Fail($"{at}.name", $"engine '{spec.Name}' is described twice (also $.engines[{twice}])");
                }

                specs.Add(spec);
            }
        }

        return specs;
    }

    private static readonly string[] Known = ["name", "config", "flags", "version", "commands", "checksum", "sightglass"];

    private static ConfiguredEngineSpec? ReadEngine(ElementChecker check, JsonElement engine, string at, string baseFolder)
    {
        var problems = check.Problems.Count;
        check.OnlyKnown(engine, at, Known);
        var name = check.String(engine, at, "name", required: true);
        var library = NonEmpty(check, engine, at, "sightglass");
        var commands = new Dictionary<string, CommandTemplate>();
        var list = check.Member(engine, at, "commands", required: false);
        if (list is { ValueKind: not JsonValueKind.Object } notObject)
        {
            check.Fail($"{at}.commands", $"must be an object of command arrays, not {ElementChecker.Describe(notObject)}");
        }
        else if (list is { } commandList)
        {
            foreach (var command in commandList.EnumerateObject())
            {
                if (!ConfiguredCommands.All.Any(c => c.Command == command.Name))
                {
                    check.Fail(ElementChecker.Child($"{at}.commands", command.Name), $"unknown command; known: {string.Join(", ", ConfiguredCommands.All.Select(c => c.Command))}");
                }
                else if (Template(check, command.Value, $"{at}.commands.{command.Name}") is { } template)
                {
                    commands[command.Name] = template;
                }
            }
        }

        if (library is null && commands.Count == 0 && check.Problems.Count == problems)
        {
            check.Fail(at, "give \"commands\" (a CLI engine) or \"sightglass\" (an engine library)");
        }

        if (library is not null && commands.Count > 0)
        {
            check.Fail(at, "give \"commands\" or \"sightglass\", not both");
        }

        if (commands.ContainsKey(ConfiguredCommands.AotCompile) != commands.ContainsKey(ConfiguredCommands.AotRun))
        {
            check.Fail($"{at}.commands", "aot-compile and aot-run go together");
        }

        var checksum = NonEmpty(check, engine, at, "checksum");
        if (library is null && checksum is null && !engine.TryGetProperty("checksum", out _))
        {
            check.Fail($"{at}.checksum", "is required: a regular expression whose first group is the number run() returned, e.g. \"(-?\\\\d+)\\\\s*$\" (staticbench checks every engine's answer)");
        }

        if (checksum is not null)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(checksum);
            }
            catch (ArgumentException e)
            {
                check.Fail($"{at}.checksum", $"not a regular expression: {e.Message}");
            }
        }

        var version = check.Member(engine, at, "version", required: false) is { } v ? Template(check, v, $"{at}.version") : null;
        var config = NonEmpty(check, engine, at, "config");
        var flags = NonEmpty(check, engine, at, "flags");
        return check.Problems.Count > problems || name is null
            ? null
            : new ConfiguredEngineSpec(name, config, flags, version, commands, checksum, library is null ? null : Path.GetFullPath(library, baseFolder));
    }

    /// <summary>An optional string that, when given, says something: <c>"config": ""</c> is a mistake, not a default.</summary>
    private static string? NonEmpty(ElementChecker check, JsonElement engine, string at, string name)
    {
        var text = check.String(engine, at, name, required: false);
        if (text is { Length: 0 })
        {
            check.Fail(ElementChecker.Child(at, name), "must be a non-empty string");
            return null;
        }

        return text;
    }

    private static CommandTemplate? Template(ElementChecker check, JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
        {
            check.Fail(at, "must be a non-empty array of strings (program first; never a shell line)");
            return null;
        }

        var arguments = new List<string>();
        var i = 0;
        foreach (var argument in value.EnumerateArray())
        {
            // An argument may be empty (a flag's empty value), but never carry a control character into a command line.
            if (check.Text(argument.GetString()!, ElementChecker.Item(at, i++), required: i == 1) is { } text)
            {
                arguments.Add(text);
            }
        }

        return arguments.Count == i ? new CommandTemplate([.. arguments]) : null;
    }
}

/// <summary>The engines file is wrong; the message names the file and the JSON path.</summary>
public sealed class EnginesFileException(string message) : Exception(message);
