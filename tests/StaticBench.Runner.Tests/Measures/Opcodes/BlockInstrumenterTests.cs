using StaticBench.Runner.Measures.Opcodes;

namespace StaticBench.Runner.Tests.Measures.Opcodes;

public class BlockInstrumenterTests
{
    [Fact]
    public void A_block_ends_after_every_label_and_branch_so_each_one_runs_whole()
    {
        // Given a loop counting to 10
        // When it is instrumented
        var instrumented = BlockInstrumenter.Instrument(CountedLoopModule.Bytes());

        // Then the blocks are: the loop's entry, its body up to br_if, the loop's end, and the tail
        instrumented.Blocks.Select(b => string.Join(' ', b.Opcodes.Select(o => $"{o.Key}x{o.Value}"))).ShouldBe(
        [
            "loopx1",
            "local.getx1 i32.constx2 i32.addx1 local.teex1 i32.lt_sx1 br_ifx1",
            "endx1",
            "local.getx1 endx1",
        ]);
        instrumented.Blocks.ShouldAllBe(b => b.Function == "run");
    }

    [Fact]
    public void Counters_are_new_exported_globals_after_the_existing_ones()
    {
        // Given the loop module, which has no globals and one export
        var instrumented = BlockInstrumenter.Instrument(CountedLoopModule.Bytes());

        // When the instrumented module is read back
        var module = WasmModule.Parse(instrumented.Bytes);

        // Then it has one global per block, "run" is still function 0, and the sections are in order
        module.DefinedGlobals.ShouldBe(instrumented.Blocks.Count);
        module.FunctionName(0).ShouldBe("run");
        module.Sections.Select(s => WasmSection.Rank(s.Id)).ShouldBeInOrder();
    }

    [Fact]
    public void The_profile_is_each_block_counter_times_its_opcodes()
    {
        // Given the loop's blocks and the counters one call leaves: entry once, body 10 times, end and tail once
        var instrumented = BlockInstrumenter.Instrument(CountedLoopModule.Bytes());

        // When the profile is computed
        var profile = OpcodeProfile.Of(instrumented, [1, 10, 1, 1]);

        // Then each opcode ran as often as the loop says, and the total is 1 + 10 x 7 + 1 + 2
        var opcodes = profile.Opcodes.ToDictionary();
        opcodes["i32.add"].ShouldBe(10);
        opcodes["i32.const"].ShouldBe(20);
        opcodes["local.get"].ShouldBe(11);
        opcodes["end"].ShouldBe(2);
        profile.Total.ShouldBe(74);
        profile.Functions.ShouldBe([new KeyValuePair<string, long>("run", 74)]);
    }

    [Fact]
    public void Counters_that_do_not_match_the_blocks_are_refused()
    {
        var instrumented = BlockInstrumenter.Instrument(CountedLoopModule.Bytes());

        Should.Throw<InvalidDataException>(() => OpcodeProfile.Of(instrumented, [1, 10]))
            .Message.ShouldContain("2 block counters read, the module has 4 blocks");
    }

    [Fact]
    public void A_SIMD_instruction_is_refused_with_its_place()
    {
        // Given a body with v128.const (0xfd 12), which the instrumenter does not decode
        var module = CountedLoopModule.Bytes([0xFD, 0x0C, .. new byte[16], 0x1A]);

        // When it is instrumented, Then it says which opcode at which byte
        Should.Throw<InvalidDataException>(() => BlockInstrumenter.Instrument(module))
            .Message.ShouldContain("opcode 0xfd is not supported");
    }

    [Fact]
    public void Something_that_is_not_a_module_is_refused()
    {
        Should.Throw<InvalidDataException>(() => BlockInstrumenter.Instrument("not wasm"u8.ToArray()))
            .Message.ShouldContain("not a WebAssembly module");
    }

    [Fact]
    public void A_body_cut_short_is_refused_with_the_byte_where_it_ends()
    {
        var module = CountedLoopModule.Bytes();

        Should.Throw<InvalidDataException>(() => BlockInstrumenter.Instrument(module[..^3]))
            .Message.ShouldContain("malformed module at byte");
    }
}
