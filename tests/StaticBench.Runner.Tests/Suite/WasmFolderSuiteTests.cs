using StaticBench.Runner.Suite;
using StaticBench.Runner.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests.Suite;

public class WasmFolderSuiteTests
{
    [Fact]
    public void Modules_are_named_by_folder_and_file_with_sizes_after_an_at_sign_and_optional_checksums()
    {
        // Given a folder "mine" with a plain module, two sizes of another, and one checksum file
        using var root = new TempDirectory();
        var folder = Directory.CreateDirectory(root.Combine("mine")).FullName;
        foreach (var file in new[] { "fib.wasm", "zip@1000.wasm", "zip@big.wasm" })
        {
            WasmModules.Write(folder, file, WasmModules.Returning(1));
        }

        File.WriteAllText(Path.Combine(folder, "zip@1000.checksum"), "-5\n");

        // When loaded for every size
        var suite = WasmFolderSuite.Load(folder, null, _ => true);

        // Then
        suite.Cases.Select(c => (c.Benchmark, c.Size, c.SizeValue, c.ExpectedChecksum)).ShouldBe(
        [
            ("mine/fib", "default", null, null),
            ("mine/zip", "1000", 1000L, -5L),
            ("mine/zip", "big", null, null),
        ]);
        suite.Cases.ShouldAllBe(c => c.Native == null);
    }

    [Fact]
    public void Sizes_and_benchmarks_asked_for_filter_the_folder_and_nothing_left_is_said()
    {
        using var root = new TempDirectory();
        WasmModules.Write(root.Path, "zip@1000.wasm", WasmModules.Returning(1));

        var suite = WasmFolderSuite.Load(root.Path, [SizeRequest.Parse("small")], _ => true);

        suite.Cases.ShouldBeEmpty();
        suite.Notes.ShouldHaveSingleItem().ShouldContain("no .wasm file matches");
    }

    [Theory]
    [InlineData("small", "small", null)]
    [InlineData("LARGE", "large", null)]
    [InlineData("50000", "50000", 50000L)]
    public void A_size_is_a_label_or_a_number(string text, string label, long? value)
    {
        SizeRequest.Parse(text).ShouldBe(new SizeRequest(label, value));
    }
}
