using StaticBench.Importers.Formats.Sightglass;
using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class SightglassImporterTests
{
    [Fact]
    public void Each_iteration_is_a_sample_of_its_benchmark_phase_and_event()
    {
        // Given sightglass-cli JSON of wasmtime v38 on three benchmarks, 10 iterations each
        var imported = Fixture.Import("sightglass", "sightglass/multi-engine.json");

        // Then each Wasm file × phase is one series of 10 cycle counts, measured with that engine
        imported.Results.Select(r => r.Benchmark).Distinct().ShouldBe(["pulldown-cmark", "spidermonkey", "bz2"]);
        var bz2 = imported.Results.Single(r => r.Benchmark == "bz2" && r.Phase == "execute");
        bz2.Samples.Count.ShouldBe(10);
        bz2.Samples.Take(3).ShouldBe([19657695, 19559060, 19588410]);
        (bz2.Phase, bz2.Unit).ShouldBe(("execute", "count"));
        bz2.Engine!.Name.ShouldBe("wasmtime-v38");
        imported.Results.Select(r => r.Phase).Distinct().ShouldBe(["compile", "instantiate", "execute"]);
    }

    [Theory]
    [InlineData("engines/wasmtime/wasmtime-v38/libengine.dylib", "wasmtime-v38")]
    [InlineData("/path/to/engines/wasmtime/libengine.so", "wasmtime")]
    [InlineData(@"C:\sightglass\engines\wasmtime\engine.dll", "wasmtime")]
    [InlineData("/opt/wasmer/libwasmer_bench.so", "wasmer_bench")]
    [InlineData("/opt/wamr/libiwasm.so.2", "iwasm")]
    [InlineData("wasmtime", "wasmtime")]
    public void An_engine_library_path_reads_as_the_engine_17(string path, string name) =>
        SightglassEngineName.Readable(path).ShouldBe(name);

    [Fact]
    public void Two_engine_paths_that_read_alike_keep_their_paths_so_their_series_stay_apart_17()
    {
        // Given two builds of wasmtime, both in a folder named wasmtime, and a third engine
        var names = SightglassEngineName.Of(["/a/wasmtime/libengine.so", "/b/wasmtime/libengine.so", "/c/v8/libengine.so", "/a/wasmtime/libengine.so"]);

        // Then the two that would share a name keep their paths; the other reads as its folder
        names.ShouldBe(new Dictionary<string, string>
        {
            ["/a/wasmtime/libengine.so"] = "/a/wasmtime/libengine.so",
            ["/b/wasmtime/libengine.so"] = "/b/wasmtime/libengine.so",
            ["/c/v8/libengine.so"] = "v8",
        });
    }

    [Fact]
    public void Engine_flags_keep_two_configurations_of_one_engine_apart()
    {
        // Given the same engine measured without and with -W epoch-interruption=y, imported as one run
        var imported = Fixture.Import("sightglass", "sightglass/multi-engine.json", "sightglass/multi-engine-epoch.json");

        // Then every benchmark has two series per phase, told apart by the engine's flags
        var bz2 = imported.Results.Where(r => r.Benchmark == "bz2" && r.Phase == "execute").ToArray();
        bz2.Select(r => r.Engine!.Flags).ShouldBe([null, "-W epoch-interruption=y"]);
        bz2.ShouldAllBe(r => r.Samples.Count == 10);
    }

    [Fact]
    public void Nanoseconds_are_wall_time()
    {
        var imported = Fixture.Import("sightglass", "sightglass/nanoseconds.json");

        imported.Results.Select(r => r.Benchmark).Distinct().ShouldBe(["noop"]);
        imported.Results.Single(r => r.Metric == "wall-time" && r.Phase == "execute").Samples.ShouldBe([479, 492, 237, 227, 482, 177, 144, 149, 132, 312]);
        imported.Results.Single(r => r.Metric == "cycles" && r.Phase == "execute").Samples.Count.ShouldBe(10);
    }

    [Fact]
    public void Csv_with_or_without_header_reads_like_json()
    {
        var withHeader = Fixture.Import("sightglass", "sightglass/results-with-headers.csv");
        var text = File.ReadAllText(Fixture.PathOf("sightglass/results-with-headers.csv"));
        var withoutHeader = ImporterRegistry.Default.Find("sightglass").Read([ImportSource.FromText("no-header.csv", text[(text.IndexOf('\n') + 1)..])]);

        withHeader.Results.Single(r => r.Phase == "compile").Samples.ShouldBe([7193709, 6128596, 5888744]);
        withoutHeader.Results.Select(Describe).ShouldBe(withHeader.Results.Select(Describe));
    }

    private static string Describe(BenchmarkResult r) => $"{SeriesKey.Of("m", r)}: {string.Join(" ", r.Samples)}";

    [Fact]
    public void A_count_that_is_not_a_number_names_its_line()
    {
        var text = File.ReadAllText(Fixture.PathOf("sightglass/results-with-headers.csv")).Replace(",1075", ",many", StringComparison.Ordinal);

        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("sightglass").Read([ImportSource.FromText("bad.csv", text)]));

        error.Message.ShouldBe("bad.csv: line 4: expected a number in count, found \"many\"");
    }
}
