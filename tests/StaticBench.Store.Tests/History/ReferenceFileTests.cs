using StaticBench.Store.History;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.History;

/// <summary>Reference files (<c>references/*.json</c>, other systems' published numbers) in the history reader.</summary>
public class ReferenceFileTests : IDisposable
{
    private static readonly string Example = File.ReadAllText(RepositoryRoot.Combine("data", "references", "miden-vm-v0.7-single-core.json"));

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_example_reference_file_is_read_into_the_snapshot_with_units_normalized_and_kept_by_the_cache()
    {
        // Given a data repository with a run and this repository's example reference file
        using var data = new ScriptedDataRepository();
        data.Commit("data", ("results/2026/11/21/r1.json", new RunResultBuilder("r1").Build()), ("references/miden.json", Example));
        var options = new HistoryOptions(CacheFile: _dir.Combine("history.cache"));

        // When its history is read, then read again from the cache
        var first = HistoryReader.Read(data.Path, options);
        var second = HistoryReader.Read(data.Path, options);

        // Then the reference is there both times, labelled by its source, with 47.5 s as ns, and no run came from it
        second.UsedCache.ShouldBeTrue();
        foreach (var snapshot in new[] { first.Snapshot, second.Snapshot })
        {
            var reference = snapshot.References.ShouldHaveSingleItem();
            reference.Path.ShouldBe("references/miden.json");
            reference.Set.Source.System.ShouldBe("Miden VM");
            reference.Set.Results.Count.ShouldBe(12);
            reference.Set.Results[^1].Value.ShouldBe(47.5e9);
            reference.Set.Results[^1].Unit.ShouldBe("ns");
            snapshot.Runs.ShouldHaveSingleItem();
            snapshot.Skipped.ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_broken_reference_file_is_skipped_with_its_json_path_and_the_rest_is_read()
    {
        // Given a reference file whose url is not an address, next to a valid run
        using var data = new ScriptedDataRepository();
        data.Commit(
            "data",
            ("results/2026/11/21/r1.json", new RunResultBuilder("r1").Build()),
            ("references/bad.json", Example.Replace("\"url\": \"https://", "\"url\": \"javascript://", StringComparison.Ordinal)));

        // When it is read
        var snapshot = HistoryReader.Read(data.Path, new HistoryOptions()).Snapshot;

        // Then the file is skipped with the field that is wrong, and the run is still there
        snapshot.References.ShouldBeEmpty();
        var skipped = snapshot.Skipped.ShouldHaveSingleItem();
        skipped.Path.ShouldBe("references/bad.json");
        skipped.Reason.ShouldContain("$.source.url: must be an http(s) address");
        snapshot.Runs.ShouldHaveSingleItem();
    }
}
