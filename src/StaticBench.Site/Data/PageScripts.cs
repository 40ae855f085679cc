namespace StaticBench.Site.Data;

/// <summary><c>data/index.js</c>: every series as the index filter and the compare view know it.</summary>
public sealed record IndexScript(string DataCommit, IReadOnlyList<SeriesScript> Series);

/// <summary>A series in <c>data/index.js</c>: its key field by field, unit, direction, status, where its chart is, and its job size.</summary>
public sealed record SeriesScript(
    string Id,
    string Benchmark,
    string Machine,
    string Engine,
    string Phase,
    string Metric,
    string Parameters,
    string Unit,
    string Better,
    int Points,
    string Status,
    string Page)
{
    /// <summary>The series' job size as a table shows it (<c>n=10000 (small)</c>), when its parameters hold one (Analysis/Scaling/JobSize).</summary>
    public string? Size { get; init; }

    /// <summary>The job size's number, for sorting by size.</summary>
    public double? SizeValue { get; init; }

    /// <summary>The parameters other than the job size and its names, when there is a job size.</summary>
    public string? OtherParameters { get; init; }

    /// <summary>For a part of an instruction profile: the profile it belongs to (<c>ProfileKey</c> as text, machine left out).</summary>
    public string? Profile { get; init; }

    /// <summary>For a part of an instruction profile: the opcode or function it counts.</summary>
    public string? ProfileName { get; init; }
}

/// <summary>
/// One chart, laid out before <see cref="ChartBlocks"/> cuts it into blocks: <see cref="X"/> holds the commits (indexes into
/// <c>data/commits.js</c>) where any of its lines has a point, ascending; each line's arrays run along it. The blocks write
/// their part of it as runs of consecutive indexes (<see cref="ChartScripts.Runs"/>).
/// </summary>
public sealed record ChartScript(string Id, string Title, string Unit, string Better, int[] X, IReadOnlyList<LineScript> Lines, IReadOnlyList<MarkerScript> Markers);

/// <summary>
/// A chart line as measured: its palette colour, the median of each point, the 95% interval of that median, the samples per
/// point (<see cref="N"/>) and the engine versions (<see cref="V"/> indexes <see cref="Versions"/>). Plain arrays, so that a
/// block's key hashes them as they are: where the line has no point <see cref="N"/> and <see cref="V"/> are -1 and the values
/// NaN. The values are the points' own; the writer leaves out what JSON cannot hold and rounds the interval
/// (<see cref="ChartScripts.Band"/>).
/// </summary>
public sealed record LineScript(
    string Series,
    string Name,
    string Status,
    int Colour,
    double[] Median,
    double[] Low,
    double[] High,
    int[] N,
    IReadOnlyList<string> Versions,
    int[] V)
{
    /// <summary>Whether the line has a point at column <paramref name="i"/>.</summary>
    public bool Has(int i) => N[i] >= 0;
}

/// <summary>A change found at commit index <see cref="X"/> (the first commit after the step).</summary>
public sealed record MarkerScript(int X, string Kind, string Text);

/// <summary><c>data/samples/&lt;sha&gt;.js</c>: the raw samples of every series measured at one commit, every run there pooled.</summary>
public sealed record SamplesScript(string Commit, IReadOnlyDictionary<string, double[]> Series);
