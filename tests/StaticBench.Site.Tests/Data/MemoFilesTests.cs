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
        var scan = saved.Scan(detector, values, new DetectorOptions(), worseIsUp: true);
        scan.Excursions.ShouldContain(e => e.From == 60 && e.To == 90);
        MemoFiles.SaveDetection(file, saved);

        // When a later build loads it and asks for the same scan
        var loaded = MemoFiles.LoadDetection(file);
        var again = loaded.Scan(detector, values, new DetectorOptions(), worseIsUp: true);

        // Then it is remembered, not scanned, with the same change points and excursions, bit for bit
        (detector.Calls, loaded.Remembered).ShouldBe((1, 1));
        again.Changes.Select(c => (c.Index, Bits(c.Change), Bits(c.Confidence))).ShouldBe(scan.Changes.Select(c => (c.Index, Bits(c.Change), Bits(c.Confidence))));
        again.Excursions.Select(Described).ShouldBe(scan.Excursions.Select(Described));
    }

    [Fact]
    public void A_saved_creep_loads_back_bit_for_bit()
    {
        // Given a series that crept up 30% over 100 points, stayed there and came back down, scanned with a memo saved to a file
        using var dir = new TempDirectory();
        var file = dir.Combine("memo.findings.json");
        var random = new Random(11);
        var values = Enumerable.Range(0, 320).Select(i => (i < 100 ? 1.0 : i < 200 ? 1 + 0.003 * (i - 100) : i < 230 ? 1.3 : 1.0) * (1 + 0.01 * random.NextDouble())).ToArray();
        var saved = new DetectionMemo();
        var scan = saved.Scan(ChangePointDetectors.Default, values, new DetectorOptions(), worseIsUp: true);
        scan.Creeps.ShouldContain(c => c.BackAt != null);
        MemoFiles.SaveDetection(file, saved);

        // When a later build loads it and asks for the same scan
        var loaded = MemoFiles.LoadDetection(file);
        var again = loaded.Scan(ChangePointDetectors.Default, values, new DetectorOptions(), worseIsUp: true);

        // Then the creep comes from the memo as it was found, bit for bit, where it was taken back included
        loaded.Remembered.ShouldBe(1);
        again.Creeps.Select(Creep).ShouldBe(scan.Creeps.Select(Creep));

        static string Creep(Analysis.ChangePoints.Creep c) => $"{c.From} {c.To} {Bits(c.Change)} {Bits(c.Confidence)} {c.Steps} {c.BackAt} {Bits(c.Left)}";
    }

    [Fact]
    public void A_saved_sample_scan_loads_back_bit_for_bit_and_a_later_build_goes_on_from_it()
    {
        // Given 12 runs of 10 samples, 30% slower from the 9th, whose sample scan was saved to a file
        using var dir = new TempDirectory();
        var file = dir.Combine("memo.findings.json");
        var random = new Random(3);
        var points = Enumerable.Range(0, 13).Select(i => Enumerable.Range(0, 10).Select(_ => (i >= 8 ? 1.3 : 1.0) * (1 + 0.01 * random.NextDouble())).ToArray()).ToArray();
        var saved = new DetectionMemo();
        var scan = saved.SampleScan(12, i => points[i], [], new DetectorOptions(), examined: 12);
        scan.Steps.ShouldContain(s => s.Index == 8);
        MemoFiles.SaveDetection(file, saved);

        // When a later build loads it, and asks for the same scan and for one of a run more
        var loaded = MemoFiles.LoadDetection(file);
        var again = loaded.SampleScan(12, i => points[i], [], new DetectorOptions(), examined: 12);
        loaded.SampleScan(13, i => points[i], [], new DetectorOptions(), examined: 12);

        // Then the same scan is remembered with the same steps, bit for bit, and the longer one goes on from it
        (loaded.SamplesRemembered, loaded.SamplesExtended, loaded.SamplesScanned).ShouldBe((1, 1, 0));
        again.Changes().Select(c => (c.Index, Bits(c.Change), Bits(c.Confidence))).ShouldBe(scan.Changes().Select(c => (c.Index, Bits(c.Change), Bits(c.Confidence))));
    }

    [Fact]
    public void A_memo_file_of_another_shape_loads_as_an_empty_memo()
    {
        using var dir = new TempDirectory();
        var file = dir.Combine("memo.findings.json");
        File.WriteAllText(file, """{"0a1b":{"changes":[],"excursions":[]}}""");

        var loaded = MemoFiles.LoadDetection(file);

        (loaded.Used.Count, loaded.UsedSamples.Count).ShouldBe((0, 0));
        loaded.Scan(ChangePointDetectors.Default, [1, 1, 1], new DetectorOptions(), worseIsUp: true);
        loaded.Scanned.ShouldBe(1);
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    private static string Described(Excursion e) =>
        $"{e.From}-{e.To} {Bits(e.Peak)} {Bits(e.Net)} [{string.Join(",", e.Steps)}] {e.Wander:R} {e.Shape}";
}
