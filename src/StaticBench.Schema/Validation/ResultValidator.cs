using System.Text.Json;
using System.Text.RegularExpressions;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.Validation;

/// <summary>
/// Checks a parsed result file against format v1 (docs/result-format.md) and reports every problem
/// with its JSON path. Unknown members are allowed: later v1 writers may add optional fields.
/// </summary>
public static partial class ResultValidator
{
    /// <summary>All problems of <paramref name="root"/>; empty when the document is a valid v1 result.</summary>
    public static IReadOnlyList<ValidationProblem> Validate(JsonElement root, string file)
    {
        var c = new ElementChecker(file);
        if (!c.IsObject(root, "$"))
        {
            return c.Problems;
        }

        if (!CheckSchemaTag(c, root))
        {
            // A file of another version or format: its other fields mean something else, so stop here.
            return c.Problems;
        }

        var machine = CheckRun(c, root);
        CheckResults(c, root, machine);
        return c.Problems;
    }

    private static bool CheckSchemaTag(ElementChecker c, JsonElement root)
    {
        var tag = c.String(root, "$", "schema", required: true);
        if (tag is null)
        {
            return false;
        }

        var version = SchemaVersion.Parse(tag);
        if (version is null)
        {
            c.Fail("$.schema", $"{ElementChecker.Quote(tag)} is not a StaticBench result format; expected \"{SchemaVersion.Current}\"");
            return false;
        }

        if (version > SchemaVersion.Latest)
        {
            c.Fail("$.schema", $"format version {version} is newer than this staticbench reads (up to {SchemaVersion.Latest}); upgrade staticbench");
            return false;
        }

        return true;
    }

    private static string? CheckRun(ElementChecker c, JsonElement root)
    {
        const string path = "$.run";
        var run = c.Member(root, "$", "run", required: true);
        if (!c.IsObject(run, path))
        {
            return null;
        }

        var r = run!.Value;
        var id = c.String(r, path, "id", required: true);
        if (id is not null && !RunId.IsValid(id))
        {
            c.Fail($"{path}.id", $"{ElementChecker.Quote(id)} is not safe as a file name: use letters, digits, '.', '_' and '-' (at most {RunId.MaxLength}), starting with a letter or digit");
        }

        var started = c.Timestamp(r, path, "started");
        var finished = c.Timestamp(r, path, "finished");
        if (started is { } s && finished is { } f && f < s)
        {
            c.Fail($"{path}.finished", "is before run.started");
        }

        var machineName = CheckMachine(c, r, path);
        CheckHarness(c, r, path);
        CheckProject(c, r, path);
        return machineName;
    }

    private static string? CheckMachine(ElementChecker c, JsonElement run, string runPath)
    {
        var path = $"{runPath}.machine";
        var machine = c.Member(run, runPath, "machine", required: true);
        if (!c.IsObject(machine, path))
        {
            return null;
        }

        var m = machine!.Value;
        var name = c.String(m, path, "name", required: true);
        c.String(m, path, "os", required: true);
        c.String(m, path, "arch", required: true);
        c.String(m, path, "cpu", required: false);
        c.String(m, path, "kernel", required: false);
        c.Integer(m, path, "cores", required: false, min: 1);
        c.Integer(m, path, "memoryMiB", required: false, min: 1, max: long.MaxValue);
        var tools = c.Member(m, path, "tools", required: false);
        if (c.IsObject(tools, $"{path}.tools"))
        {
            foreach (var tool in tools!.Value.EnumerateObject())
            {
                var toolPath = ElementChecker.Child($"{path}.tools", tool.Name);
                if (c.Text(tool.Name, toolPath, required: true) is null)
                {
                    continue;
                }

                if (tool.Value.ValueKind != JsonValueKind.String)
                {
                    c.Fail(toolPath, $"must be a string, not {ElementChecker.Describe(tool.Value)}");
                }
                else
                {
                    c.Text(tool.Value.GetString()!, toolPath, required: false);
                }
            }
        }

        return name;
    }

    private static void CheckHarness(ElementChecker c, JsonElement run, string runPath)
    {
        var path = $"{runPath}.harness";
        var harness = c.Member(run, runPath, "harness", required: true);
        if (c.IsObject(harness, path))
        {
            c.String(harness!.Value, path, "name", required: true);
            c.String(harness.Value, path, "version", required: true);
        }
    }

    private static void CheckProject(ElementChecker c, JsonElement run, string runPath)
    {
        var path = $"{runPath}.project";
        var project = c.Member(run, runPath, "project", required: true);
        if (!c.IsObject(project, path))
        {
            return;
        }

        var p = project!.Value;
        c.String(p, path, "repository", required: true);
        CheckCommitId(c, c.String(p, path, "commit", required: true), $"{path}.commit");
        c.String(p, path, "branch", required: true);
        c.Timestamp(p, path, "commitTime");
        c.String(p, path, "subject", required: true);
        c.Integer(p, path, "pullRequest", required: false, min: 1);
        CheckCommitId(c, c.String(p, path, "baseCommit", required: false), $"{path}.baseCommit");
        var parents = c.Member(p, path, "parents", required: true);
        if (parents is not { } list)
        {
            return;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            c.Fail($"{path}.parents", $"must be an array of commit ids, not {ElementChecker.Describe(list)}");
            return;
        }

        var i = 0;
        foreach (var parent in list.EnumerateArray())
        {
            var itemPath = ElementChecker.Item($"{path}.parents", i++);
            if (parent.ValueKind != JsonValueKind.String)
            {
                c.Fail(itemPath, $"must be a commit id, not {ElementChecker.Describe(parent)}");
            }
            else
            {
                CheckCommitId(c, c.Text(parent.GetString()!, itemPath, required: true), itemPath);
            }
        }
    }

    private static void CheckCommitId(ElementChecker c, string? id, string path)
    {
        if (id is not null && !CommitId().IsMatch(id))
        {
            c.Fail(path, $"{ElementChecker.Quote(id)} is not a full commit id (40 or 64 lower-case hex digits)");
        }
    }

    private static void CheckResults(ElementChecker c, JsonElement root, string? machine)
    {
        var results = c.Member(root, "$", "results", required: true);
        if (results is not { } list)
        {
            return;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            c.Fail("$.results", $"must be an array, not {ElementChecker.Describe(list)}");
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = ElementChecker.Item("$.results", i);
            if (c.IsObject(item, path) && BenchmarkResultChecker.Check(c, item, path) is { } key)
            {
                var identity = SeriesKey.Of(machine ?? "", key).ToString();
                if (seen.TryGetValue(identity, out var first))
                {
                    c.Fail(path, $"measures the same series as $.results[{first}] (benchmark, parameters, engine, phase and metric); merge their samples");
                }
                else
                {
                    seen[identity] = i;
                }
            }

            i++;
        }
    }

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex("^([0-9a-f]{40}|[0-9a-f]{64})\\z")]
    private static partial Regex CommitId();
}
