using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.History;

public class HistoryCacheFormatTests
{
    private static readonly string[] Phases = ["parse", "compile", "execute"];

    /// <summary>
    /// A cache of <paramref name="runs"/> runs of 300 results each (about 35 KB a run on disk), a document and a skipped
    /// file; every sample is <paramref name="shift"/> more than in another cache of the same runs.
    /// </summary>
    private static HistoryCache CacheOf(int runs, double shift = 0)
    {
        var files = new Dictionary<string, CachedFile>(StringComparer.Ordinal);
        var blobs = new Dictionary<string, CachedBlob>(StringComparer.Ordinal);
        for (var n = 0; n < runs; n++)
        {
            var builder = new RunResultBuilder($"r{n}").AtCommit(RunResultBuilder.Commit(n + 1), parents: n == 0 ? [] : [RunResultBuilder.Commit(n)]);
            for (var b = 0; b < 300; b++)
            {
                var samples = Enumerable.Range(0, 10).Select(i => (1000.0 * (b + 1)) + (n * 0.25) + i + shift).ToArray();
                builder.WithResult(new BenchmarkResult
                {
                    Benchmark = $"suite/b{b}", Phase = Phases[b % 3], Metric = "wall-time", Unit = "ns", Better = b % 7 == 0 ? Better.Higher : Better.Lower,
                    Samples = samples, Summary = SampleSummary.Of(samples), Exact = b % 5 == 0 ? true : null,
                    Engine = b % 11 == 0 ? null : new EngineInfo { Name = "v8", Config = "optimizing" },
                    Parameters = b % 4 == 0 ? new Dictionary<string, ParameterValue> { ["n"] = ParameterValue.Of(b), ["kind"] = ParameterValue.Of("hex") } : null,
                });
            }

            var sha = n.ToString("x").PadLeft(40, 'b');
            files[$"results/2026/11/21/r{n}.json"] = new CachedFile(sha, RunResultBuilder.Commit(n + 100), DateTimeOffset.Parse("2026-11-21T00:00:00Z").AddHours(n));
            blobs[DataBranchFiles.BlobKey($"results/2026/11/21/r{n}.json", sha)] = new CachedBlob { Run = builder.Build() };
        }

        files["about.md"] = new CachedFile("a".PadLeft(40, 'a'), RunResultBuilder.Commit(1), DateTimeOffset.Parse("2026-11-21T00:00:00Z"));
        blobs[DataBranchFiles.BlobKey("about.md", "a".PadLeft(40, 'a'))] = new CachedBlob { Markdown = "# About\nÜber ✓" };
        blobs["result:broken"] = new CachedBlob { SkipReason = "$.run: is required" };
        return new HistoryCache { Tip = RunResultBuilder.Commit(runs), DataFolder = "data", Files = files, Blobs = blobs };
    }

    /// <summary><paramref name="cache"/> written to a file in <paramref name="folder"/> and loaded back, its runs reading their samples from that file.</summary>
    private static HistoryCache? RoundTrip(HistoryCache cache, ResultInterner shared, TempDirectory folder)
    {
        var file = folder.Combine("history.cache");
        using (var stream = File.Create(file))
        {
            HistoryCacheFormat.Write(stream, cache);
        }

        return HistoryCache.Load(file, shared);
    }

    /// <summary>Every run of <paramref name="written"/> is in <paramref name="read"/>, field for field and sample for sample.</summary>
    private static void RunsShouldBeAsWritten(HistoryCache read, HistoryCache written)
    {
        foreach (var (key, blob) in written.Blobs.Where(b => b.Value.Run is not null))
        {
            ResultJson.SerializeToString(read.Blobs[key].Run!).ShouldBe(ResultJson.SerializeToString(blob.Run!), key);
        }
    }

    [Fact]
    public void A_cache_of_many_blocks_reads_back_as_written_in_the_order_written_issue_13()
    {
        // Given a cache large enough to be written in several blocks (read back on several threads)
        var cache = CacheOf(runs: 120);

        // When it is written and read back
        using var scratch = new TempDirectory();
        var read = RoundTrip(cache, new ResultInterner(), scratch)!;

        // Then every file and blob is what was written, field for field, and the blobs come back in the order written
        read.Tip.ShouldBe(cache.Tip);
        read.DataFolder.ShouldBe("data");
        read.BaseId.ShouldBe(cache.BaseId);
        read.Files.ShouldBe(cache.Files);
        read.Blobs.Keys.ShouldBe(cache.Blobs.Keys);

        // And no run's samples were read with it: each run reads its own from the file when they are first asked for
        var runs = read.Blobs.Values.Where(b => b.Run is not null).Select(b => (ResultColumns)b.Run!.Results).ToArray();
        runs.ShouldAllBe(r => !r.SamplesRead);
        foreach (var (key, blob) in cache.Blobs)
        {
            var back = read.Blobs[key];
            (back.Markdown, back.SkipReason).ShouldBe((blob.Markdown, blob.SkipReason), key);
            (back.Run is null ? null : ResultJson.SerializeToString(back.Run)).ShouldBe(blob.Run is null ? null : ResultJson.SerializeToString(blob.Run), key);
        }

        runs.ShouldAllBe(r => r.SamplesRead);

        // And each result's median interval, kept so that a build does not read every run's samples again for it, is the
        // one its samples give, bit for bit
        var (firstKey, first) = cache.Blobs.First(b => b.Value.Run is not null);
        var columns = (ResultColumns)read.Blobs[firstKey].Run!.Results;
        for (var i = 0; i < columns.Count; i++)
        {
            var samples = first.Run!.Results[i].Samples.ToArray();
            MedianInterval.TryOfUnsorted(samples, out var low, out var high).ShouldBeTrue();
            columns.TryMedianInterval(i, out var keptLow, out var keptHigh).ShouldBeTrue();
            (BitConverter.DoubleToInt64Bits(keptLow), BitConverter.DoubleToInt64Bits(keptHigh)).ShouldBe((BitConverter.DoubleToInt64Bits(low), BitConverter.DoubleToInt64Bits(high)));
        }
    }

    [Fact]
    public void Runs_read_from_a_cache_file_read_their_samples_from_it_after_a_newer_cache_replaced_it_issue_13()
    {
        // Given a cache loaded from its file, whose runs have not read their samples yet
        using var scratch = new TempDirectory();
        var written = CacheOf(runs: 3);
        var read = RoundTrip(written, new ResultInterner(), scratch)!;

        // When the next build saves a new base with other samples over that file (written aside, then moved over it)
        CacheOf(runs: 3, shift: 0.5).Save(scratch.Combine("history.cache"));

        // Then each run still reads the samples it was written with, from the file it was read from
        RunsShouldBeAsWritten(read, written);

        HistoryCache.Load(scratch.Combine("history.cache"), new ResultInterner())!.Blobs.Values.First(b => b.Run is not null).Run!.Results[0].Samples[0].ShouldBe(1000.5);
    }

    [Fact]
    public void A_new_base_saved_from_a_loaded_cache_copies_its_runs_samples_without_keeping_them_issue_13()
    {
        // Given a cache loaded from its file, whose runs have not read their samples yet
        using var scratch = new TempDirectory();
        var written = CacheOf(runs: 3);
        var read = RoundTrip(written, new ResultInterner(), scratch)!;

        // When it is saved as a new base over the file it was read from (as every 32nd build does)
        read.Save(scratch.Combine("history.cache"));

        // Then its runs still hold no samples, and the new base holds every run's samples as they were written
        read.Blobs.Values.Where(b => b.Run is not null).ShouldAllBe(b => !((ResultColumns)b.Run!.Results).SamplesRead);
        var saved = HistoryCache.Load(scratch.Combine("history.cache"), new ResultInterner())!;
        saved.BaseId.ShouldNotBe(read.BaseId);
        RunsShouldBeAsWritten(saved, written);
    }

    [Fact]
    public void Results_read_from_different_blocks_share_their_names_engines_and_parameters_with_what_is_parsed_issue_13()
    {
        // Given a cache of several blocks, and names and an engine already shared by a parse of new files
        var shared = new ResultInterner();
        var parsedName = shared.String("suite/b4");
        var parsedEngine = shared.Engine(shared.String("v8"), null, shared.String("optimizing"), null);

        // When it is read through the same interner
        using var scratch = new TempDirectory();
        var runs = RoundTrip(CacheOf(runs: 120), shared, scratch)!.Blobs.Values.Where(b => b.Run is not null).Select(b => b.Run!).ToArray();

        // Then the first and the last run (blocks apart) hold the very same instances, and so does the parse
        var (first, last) = (runs[0].Results[4], runs[^1].Results[4]);
        first.Benchmark.ShouldBeSameAs(parsedName);
        last.Benchmark.ShouldBeSameAs(parsedName);
        first.Engine.ShouldBeSameAs(parsedEngine);
        last.Engine.ShouldBeSameAs(parsedEngine);
        last.Parameters.ShouldBeSameAs(first.Parameters);
        last.Phase.ShouldBeSameAs(first.Phase);
        runs[^1].Run.Machine.ShouldBeSameAs(runs[0].Run.Machine);
    }

    [Fact]
    public void A_cache_cut_short_or_with_a_damaged_block_length_is_not_used_issue_13()
    {
        using var scratch = new TempDirectory();
        var file = scratch.Combine("history.cache");
        using (var stream = File.Create(file))
        {
            HistoryCacheFormat.Write(stream, CacheOf(runs: 60));
        }

        var whole = File.ReadAllBytes(file);
        HistoryCache.Load(file, new ResultInterner()).ShouldNotBeNull();

        // Cut in the section of samples, at the front
        File.WriteAllBytes(file, whole[..(whole.Length / 4)]);
        HistoryCache.Load(file, new ResultInterner()).ShouldBeNull();

        // Cut in the last block of blobs
        File.WriteAllBytes(file, whole[..^100]);
        HistoryCache.Load(file, new ResultInterner()).ShouldBeNull();

        // The section of samples says it holds more than the file does
        var damaged = (byte[])whole.Clone();
        BitConverter.GetBytes(long.MaxValue / 16).CopyTo(damaged, 8);
        File.WriteAllBytes(file, damaged);
        HistoryCache.Load(file, new ResultInterner()).ShouldBeNull();

        // The first block's length, after the section, says more than the file holds
        damaged = (byte[])whole.Clone();
        var firstBlock = 16 + (BitConverter.ToInt64(whole, 8) * sizeof(double));
        BitConverter.GetBytes(int.MaxValue).CopyTo(damaged, firstBlock);
        File.WriteAllBytes(file, damaged);
        HistoryCache.Load(file, new ResultInterner()).ShouldBeNull();
    }
}
