using System.Text;
using System.Text.Json;
using StaticBench.Schema.Model;
using static StaticBench.Schema.Validation.StrictTokens;

namespace StaticBench.Schema.Validation;

/// <summary>
/// Reads a plainly valid result file in one pass over its bytes: checks each value as <see cref="StrictJson"/>,
/// <see cref="ResultValidator"/> and the deserializer would, and builds the normalized run as it goes (samples
/// straight into exact arrays, repeating strings shared without being allocated). Whatever the thorough path would
/// refuse, and anything unusual it would accept (a schema tag spelled <c>v01</c>, an escaped <c>"lower"</c>), this
/// reader gives up on: <see cref="ResultReader"/> then reads the file the thorough way, which words every problem
/// with its JSON path. So this reader never decides what is valid, it only recognizes a common subset of it;
/// the fuzz oracle (tests/StaticBench.Testing/Fuzzing) checks that whatever it accepts the thorough path accepts
/// and reads the same.
/// </summary>
internal static class SinglePassReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = StrictJson.MaxDepth, CommentHandling = JsonCommentHandling.Disallow };

    private static readonly MemberNames RootNames = new(["schema", "run", "results"], "schema", "run", "results");

    private static readonly MemberNames RunNames = new(["id", "started", "finished", "machine", "harness", "project"], "id", "started", "finished", "machine", "harness", "project");

    private static readonly MemberNames MachineNames = new(["name", "os", "arch", "cpu", "kernel", "cores", "memoryMiB", "tools"], "name", "os", "arch");

    private static readonly MemberNames HarnessNames = new(["name", "version"], "name", "version");

    private static readonly MemberNames ProjectNames =
        new(["repository", "commit", "branch", "commitTime", "subject", "pullRequest", "baseCommit", "parents"], "repository", "commit", "branch", "commitTime", "subject", "parents");

    /// <summary>The normalized run of <paramref name="utf8"/>, or null when the file needs the thorough reader.</summary>
    public static RunResult? TryRead(ReadOnlySpan<byte> utf8, ResultInterner? interner)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }

        try
        {
            var r = new Utf8JsonReader(utf8, Options);
            var run = ReadRoot(ref r, interner);
            return r.Read() ? null : run; // a second value after the object: Read throws; whitespace only: false
        }
        catch (Exception e) when (e is NotPlainlyValid or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static RunResult ReadRoot(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Read(ref r);
        Expect(ref r, JsonTokenType.StartObject);
        RunInfo? run = null;
        IReadOnlyList<BenchmarkResult>? results = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, RootNames, ref seen); member >= 0; member = NextMember(ref r, RootNames, ref seen))
        {
            switch (member)
            {
                case 0:
                    // Any other spelling the thorough path accepts (v01, escapes) is left to it.
                    Expect(ref r, JsonTokenType.String);
                    if (r.ValueIsEscaped || !r.ValueSpan.SequenceEqual("staticbench/result/v1"u8))
                    {
                        throw Refused();
                    }

                    break;
                case 1:
                    run = ReadRun(ref r, interner);
                    break;
                default:
                    results = SinglePassResults.ReadAll(ref r, interner);
                    break;
            }
        }

        SinglePassResults.CheckSeries(results!, run!.Machine.Name, interner);
        return new RunResult { Schema = SchemaVersion.Current, Run = run, Results = results! };
    }

    private static RunInfo ReadRun(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? id = null;
        DateTimeOffset started = default, finished = default;
        MachineInfo? machine = null;
        HarnessInfo? harness = null;
        ProjectInfo? project = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, RunNames, ref seen); member >= 0; member = NextMember(ref r, RunNames, ref seen))
        {
            switch (member)
            {
                case 0:
                    id = Text(ref r, required: true);
                    break;
                case 1:
                    started = Timestamp(ref r);
                    break;
                case 2:
                    finished = Timestamp(ref r);
                    break;
                case 3:
                    machine = ReadMachine(ref r, interner);
                    break;
                case 4:
                    harness = ReadHarness(ref r, interner);
                    break;
                default:
                    project = ReadProject(ref r, interner);
                    break;
            }
        }

        if (!RunId.IsValid(id!) || finished < started)
        {
            throw Refused();
        }

        return new RunInfo { Id = id!, Started = started, Finished = finished, Machine = machine!, Harness = harness!, Project = project! };
    }

    private static MachineInfo ReadMachine(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? name = null, os = null, arch = null, cpu = null, kernel = null;
        int? cores = null;
        long? memory = null;
        Dictionary<string, string>? tools = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, MachineNames, ref seen); member >= 0; member = NextMember(ref r, MachineNames, ref seen))
        {
            switch (member)
            {
                case 0:
                    name = Text(ref r, required: true, interner);
                    break;
                case 1:
                    os = Text(ref r, required: true, interner);
                    break;
                case 2:
                    arch = Text(ref r, required: true, interner);
                    break;
                case 3:
                    cpu = Text(ref r, required: false, interner);
                    break;
                case 4:
                    kernel = Text(ref r, required: false, interner);
                    break;
                case 5:
                    cores = (int)Integer(ref r, min: 1);
                    break;
                case 6:
                    memory = Integer(ref r, min: 1, max: long.MaxValue);
                    break;
                default:
                    tools = ReadTools(ref r, interner);
                    break;
            }
        }

        var machine = new MachineInfo { Name = name!, Os = os!, Arch = arch!, Cpu = cpu, Kernel = kernel, Cores = cores, MemoryMiB = memory, Tools = tools };
        return interner?.Machine(machine) ?? machine;
    }

    private static Dictionary<string, string> ReadTools(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        var tools = new Dictionary<string, string>(StringComparer.Ordinal);
        for (Read(ref r); r.TokenType != JsonTokenType.EndObject; Read(ref r))
        {
            var name = Text(ref r, required: true, interner);
            Read(ref r);
            if (!tools.TryAdd(name, Text(ref r, required: false, interner)))
            {
                throw Refused();
            }
        }

        return tools;
    }

    private static HarnessInfo ReadHarness(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? name = null, version = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, HarnessNames, ref seen); member >= 0; member = NextMember(ref r, HarnessNames, ref seen))
        {
            if (member == 0)
            {
                name = Text(ref r, required: true, interner);
            }
            else
            {
                version = Text(ref r, required: true, interner);
            }
        }

        var harness = new HarnessInfo { Name = name!, Version = version! };
        return interner?.Harness(harness) ?? harness;
    }

    private static ProjectInfo ReadProject(ref Utf8JsonReader r, ResultInterner? interner)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? repository = null, commit = null, branch = null, subject = null, baseCommit = null;
        DateTimeOffset commitTime = default;
        int? pullRequest = null;
        List<string>? parents = null;
        var seen = new MembersSeen();
        for (var member = NextMember(ref r, ProjectNames, ref seen); member >= 0; member = NextMember(ref r, ProjectNames, ref seen))
        {
            switch (member)
            {
                case 0:
                    repository = Text(ref r, required: true, interner);
                    break;
                case 1:
                    commit = CommitId(ref r, interner);
                    break;
                case 2:
                    branch = Text(ref r, required: true, interner);
                    break;
                case 3:
                    commitTime = Timestamp(ref r);
                    break;
                case 4:
                    subject = Text(ref r, required: true);
                    break;
                case 5:
                    pullRequest = (int)Integer(ref r, min: 1);
                    break;
                case 6:
                    baseCommit = CommitId(ref r);
                    break;
                default:
                    Expect(ref r, JsonTokenType.StartArray);
                    parents = [];
                    for (Read(ref r); r.TokenType != JsonTokenType.EndArray; Read(ref r))
                    {
                        parents.Add(CommitId(ref r, interner)); // shared: each run's parent is another run's commit
                    }

                    break;
            }
        }

        return new ProjectInfo
        {
            Repository = repository!, Commit = commit!, Branch = branch!, CommitTime = commitTime, Subject = subject!,
            Parents = parents!.ToArray(), PullRequest = pullRequest, BaseCommit = baseCommit,
        };
    }
}
