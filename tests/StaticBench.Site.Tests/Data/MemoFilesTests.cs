using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;
using StaticBench.Site.Data;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Data;

public class MemoFilesTests
{
    /// <summary>StaticBench's detector, counting its calls.</summary>
    private sealed class CountingDetector : IChangePointDetector
    {
        public int Calls;

        public string Name => ChangePointDetectors.Default.Name;

        public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<double> values, DetectorOptions options)
        {
            Calls++;
            return ChangePointDetectors.Default.Detect(values, options);
        }
    }

    [Fact]
    public void A_saved_scan_loads_back_bit_for_bit_and_is_not_scanned_again()
    {
        // Given a series whose level rose 30% for 30 points and came back, scanned with a memo saved to a file
        using var dir = new TempDirectory();
        var file = dir.Combine("memo.findings.json");
        var random = new Random(7);
        var values = Enumerable.Range(0, 150).Select(i => (i >= 60 && i < 90 ? 1.3 : 1.0) * (1 + 0.01 * random.NextDouble())).ToArray();
        var detector = new CountingDetector();
        var saved = new DetectionMemo();
        var scan = saved.Scan(detector, values, new DetectorOptions());
        scan.Excursions.ShouldContain(e => e.From == 60 && e.To == 90);
        MemoFiles.SaveDetection(file, saved);

        // When a later build loads it and asks for the same scan
        var loaded = MemoFiles.LoadDetection(file);
        var again = loaded.Scan(detector, values, new DetectorOptions());

        // Then it is remembered, not scanned, with the same change points and excursions, bit for bit
        (detector.Calls, loaded.Remembered).ShouldBe((1, 1));
        again.Changes.Select(c => (c.Index, Bits(c.Change), Bits(c.Confidence))).ShouldBe(scan.Changes.Select(c => (c.Index, Bits(c.Change), Bits(c.Confidence))));
        again.Excursions.Select(Described).ShouldBe(scan.Excursions.Select(Described));
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    private static string Described(Excursion e) =>
        $"{e.From}-{e.To} {Bits(e.Peak)} {Bits(e.Net)} [{string.Join(",", e.Steps)}] {e.Wander:R} {e.Shape}";
}
