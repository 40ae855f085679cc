using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Findings;

/// <summary>
/// Scans (<see cref="SeriesScan"/>: change points and excursions) remembered between site builds, by a hash of
/// everything a scan depends on: the detector's name, its options, the series' values, and the build of this
/// assembly (its module version id, which any change to the code changes). A series whose examined points did not
/// change is not scanned again; detection is most of a site build's cost. Safe from several threads.
/// Only the entries a build used are kept (<see cref="Used"/>), so the memo does not grow without end.
/// </summary>
public sealed class DetectionMemo(IReadOnlyDictionary<string, SeriesScan>? known = null)
{
    private static readonly string CodeVersion = typeof(DetectionMemo).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly IReadOnlyDictionary<string, SeriesScan> known = known ?? new Dictionary<string, SeriesScan>();
    private readonly ConcurrentDictionary<string, SeriesScan> used = new(StringComparer.Ordinal);
    private int scanned;
    private int remembered;

    /// <summary>Series scanned by the detector in this build.</summary>
    public int Scanned => scanned;

    /// <summary>Series whose scan came from the memo.</summary>
    public int Remembered => remembered;

    /// <summary>The entries this build used, to be saved for the next one.</summary>
    public IReadOnlyDictionary<string, SeriesScan> Used => used;

    /// <summary><see cref="SeriesScan.Of"/>, remembered.</summary>
    public SeriesScan Scan(IChangePointDetector detector, double[] values, DetectorOptions options)
    {
        var key = Key(detector, values, options);
        if (known.TryGetValue(key, out var scan))
        {
            Interlocked.Increment(ref remembered);
        }
        else
        {
            scan = SeriesScan.Of(detector, values, options);
            Interlocked.Increment(ref scanned);
        }

        used[key] = scan;
        return scan;
    }

    private static string Key(IChangePointDetector detector, double[] values, DetectorOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Every option, by reflection and invariant, so an option added later is part of the key without anyone remembering to add it.
        var settings = typeof(DetectorOptions).GetProperties().Select(p => $"{p.Name}={Convert.ToString(p.GetValue(options), System.Globalization.CultureInfo.InvariantCulture)}");
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{CodeVersion}\n{detector.Name}\n{string.Join(";", settings)}\n"));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
