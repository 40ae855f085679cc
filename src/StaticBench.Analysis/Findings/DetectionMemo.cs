using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Findings;

/// <summary>
/// Scans remembered between site builds, by a hash of everything a scan depends on and the build of this assembly (its
/// module version id, which any change to the code changes). Safe from several threads. Only the entries a build used
/// are kept (<see cref="Used"/>, <see cref="UsedSamples"/>), so the memo does not grow without end.
/// <list type="bullet">
/// <item>Series scans (<see cref="SeriesScan"/>: change points, excursions and creep), by the detector's name, its options,
/// which way is worse and the series' examined values: a series whose examined points did not change is not scanned again; detection is most
/// of a site build's cost.</item>
/// <item>Sample scans (<see cref="ChangePoints.SampleScan"/>: the raw-sample test of a series' newest points), by the
/// options, the examined count, the detector's steps and the samples of the points the scan reads. Every run adds a
/// point to every series, so these are rarely the same twice: a scan of one point more goes on from the last build's
/// (<see cref="SampleSteps.Scan"/>), which runs the tests of the newest two points only.</item>
/// </list>
/// </summary>
public sealed class DetectionMemo(IReadOnlyDictionary<string, SeriesScan>? known = null, IReadOnlyDictionary<string, SampleScan>? knownSamples = null)
{
    private static readonly string CodeVersion = typeof(DetectionMemo).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly IReadOnlyDictionary<string, SeriesScan> known = known ?? new Dictionary<string, SeriesScan>();
    private readonly IReadOnlyDictionary<string, SampleScan> knownSamples = knownSamples ?? new Dictionary<string, SampleScan>();
    private readonly ConcurrentDictionary<string, SeriesScan> used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SampleScan> usedSamples = new(StringComparer.Ordinal);
    private int scanned;
    private int remembered;
    private int samplesScanned;
    private int samplesExtended;
    private int samplesRemembered;

    /// <summary>Series scanned by the detector in this build.</summary>
    public int Scanned => scanned;

    /// <summary>Series whose scan came from the memo.</summary>
    public int Remembered => remembered;

    /// <summary>Sample scans run whole in this build: no earlier scan of the series' points was known.</summary>
    public int SamplesScanned => samplesScanned;

    /// <summary>Sample scans that went on from the last build's scan of one point fewer.</summary>
    public int SamplesExtended => samplesExtended;

    /// <summary>Sample scans that came from the memo whole.</summary>
    public int SamplesRemembered => samplesRemembered;

    /// <summary>The series scans this build used, to be saved for the next one.</summary>
    public IReadOnlyDictionary<string, SeriesScan> Used => used;

    /// <summary>The sample scans this build used, to be saved for the next one.</summary>
    public IReadOnlyDictionary<string, SampleScan> UsedSamples => usedSamples;

    /// <summary><see cref="SeriesScan.Of"/>, remembered.</summary>
    public SeriesScan Scan(IChangePointDetector detector, double[] values, DetectorOptions options, bool worseIsUp)
    {
        using var hash = KeyHash("scan", options);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{detector.Name}\n{(worseIsUp ? "up" : "down")} is worse\n"));
        hash.AppendData(MemoryMarshal.AsBytes(values.AsSpan()));
        var key = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (known.TryGetValue(key, out var scan))
        {
            Interlocked.Increment(ref remembered);
        }
        else
        {
            scan = SeriesScan.Of(detector, values, options, worseIsUp);
            Interlocked.Increment(ref scanned);
        }

        used[key] = scan;
        return scan;
    }

    /// <summary>
    /// <see cref="SampleSteps.Scan"/> of a series of <paramref name="count"/> points whose detector examined
    /// <paramref name="examined"/> and found <paramref name="detected"/>, remembered whole, or gone on from the last
    /// build's scan of the first <paramref name="count"/> − 1 points when those points' samples are the same.
    /// </summary>
    public SampleScan SampleScan(int count, Func<int, IReadOnlyList<double>> samplesAt, IReadOnlyList<ChangePoint> detected, DetectorOptions options, int examined)
    {
        var (key, shorterKey) = SamplesKeys(count, samplesAt, detected, options, examined);
        if (knownSamples.TryGetValue(key, out var scan))
        {
            Interlocked.Increment(ref samplesRemembered);
        }
        else
        {
            var earlier = shorterKey is not null && knownSamples.TryGetValue(shorterKey, out var shorter) ? shorter : null;
            scan = SampleSteps.Scan(count, samplesAt, detected, options, examined, earlier);
            Interlocked.Increment(ref earlier is null ? ref samplesScanned : ref samplesExtended);
        }

        usedSamples[key] = scan;
        return scan;
    }

    /// <summary>
    /// The keys of the sample scans of the first <paramref name="count"/> points and of the first <paramref name="count"/> − 1
    /// (null when that scan would test nothing): everything such a scan reads, that is the examined count, the
    /// detector's steps' positions, and each point's samples from the first it may ask for (their number gives the
    /// count). One pass: the shorter scan's key is the hash before the newest point's samples.
    /// </summary>
    private static (string Key, string? Shorter) SamplesKeys(int count, Func<int, IReadOnlyList<double>> samplesAt, IReadOnlyList<ChangePoint> detected, DetectorOptions options, int examined)
    {
        using var hash = KeyHash("samples", options);
        hash.AppendData(MemoryMarshal.AsBytes<int>([examined, detected.Count, .. detected.Select(c => c.Index)]));
        var first = SampleSteps.FirstNeeded(examined, options);
        string? shorter = null;
        for (var i = first; i < count; i++)
        {
            if (i == count - 1 && count > first + 1)
            {
                shorter = Convert.ToHexStringLower(hash.GetCurrentHash());
            }

            var samples = samplesAt(i);
            ReadOnlySpan<double> span = samples is List<double> list ? CollectionsMarshal.AsSpan(list) : samples as double[] ?? [.. samples];
            hash.AppendData(MemoryMarshal.AsBytes<int>([span.Length]));
            hash.AppendData(MemoryMarshal.AsBytes(span));
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), shorter);
    }

    /// <summary>A hash begun with what every key holds: the code's version, the kind of scan and every option.</summary>
    private static IncrementalHash KeyHash(string kind, DetectorOptions options)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{CodeVersion}\n{kind}\n{Settings.GetValue(options, Describe)}\n"));
        return hash;
    }

    /// <summary>Each options' text in the keys, made once per options: a build makes two keys for every series.</summary>
    private static readonly ConditionalWeakTable<DetectorOptions, string> Settings = new();

    /// <summary>Every option, by reflection and invariant, so an option added later is part of the key without anyone remembering to add it.</summary>
    private static string Describe(DetectorOptions options) => string.Join(";", typeof(DetectorOptions).GetProperties()
        .Select(p => $"{p.Name}={Convert.ToString(p.GetValue(options), System.Globalization.CultureInfo.InvariantCulture)}"));
}
