using StaticBench.Runner.Suite;
using StaticBench.Runner.Tests.Support;

namespace StaticBench.Runner.Tests.Suite;

public class NamedTwinTests
{
    /// <summary>A custom section: id 0, size, name "name", then a payload.</summary>
    private static byte[] WithCustomSection(byte[] module) =>
        [.. module, 0x00, 0x08, 0x04, (byte)'n', (byte)'a', (byte)'m', (byte)'e', 0x01, 0x02, 0x03];

    [Fact]
    public void A_twin_that_adds_only_names_has_the_same_code_issue_18()
    {
        NamedTwin.SameCode(WasmModules.Returning(7), WithCustomSection(WasmModules.Returning(7))).ShouldBeTrue();
    }

    [Fact]
    public void A_twin_whose_code_differs_is_refused()
    {
        NamedTwin.SameCode(WasmModules.Returning(7), WithCustomSection(WasmModules.Returning(8))).ShouldBeFalse();
    }

    [Fact]
    public void The_twin_sits_beside_the_measured_module()
    {
        NamedTwin.PathOf("/cache/wasm/hash-small-1/hash.wasm").ShouldBe("/cache/wasm/hash-small-1/hash.names.wasm");
    }
}
