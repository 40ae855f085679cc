using StaticBench.Runner.Measures.Instructions;

namespace StaticBench.Runner.Tests.Measures.Instructions;

public class CallgrindFunctionsTests
{
    /// <summary>
    /// callgrind 3.19's output for the suite's hash (SIZE=20, static musl) counted with --toggle-collect=run,
    /// trimmed of its header comments: names compressed, compress first named as a callee.
    /// </summary>
    private const string HashOutput = """
        # callgrind format
        version: 1
        creator: callgrind-3.19.0
        positions: line
        events: Ir
        summary: 1820617

        ob=(1) /tmp/prof/hashnative
        fl=(1) ???
        fn=(0) 0x0000000000401256
        cfi=(2) ./crt/crt1.c
        cfn=(2) _start_c
        calls=1 18 
        0 1820617

        fn=(58) run
        0 524311
        cfn=(60) compress
        calls=1 0 
        0 4032
        0 114
        cfn=(60)
        calls=19 0 
        0 76608
        0 1200
        cfn=(60)
        calls=300 0 
        0 1209600
        0 711
        cfn=(60)
        calls=1 0 
        0 4032
        0 9

        fn=(4) (below main)
        cfn=(30) libc_start_main_stage2
        calls=1 0 
        0 1820617

        fn=(60)
        0 1294272

        totals: 1820617
        """;

    [Fact]
    public void Self_counts_leave_out_call_costs_and_sum_to_the_summary()
    {
        // Given callgrind's output for hash
        // When each function's own count is read
        var counts = CallgrindFunctions.SelfCounts(HashOutput);

        // Then compress (named first as a callee) and run have their own instructions, and together the summary
        counts.ShouldBe(
        [
            new KeyValuePair<string, long>("compress", 1294272),
            new KeyValuePair<string, long>("run", 524311 + 114 + 1200 + 711 + 9),
        ]);
        counts.Sum(c => c.Value).ShouldBe(1820617);
    }

    [Fact]
    public void Relative_positions_and_several_columns_take_the_last_number()
    {
        var counts = CallgrindFunctions.SelfCounts("events: Ir\nfn=(1) f\n16 3\n+2 4\n-1 5\n* 6\nfn=(2) g\n0x10 7\n");

        counts.ShouldBe([new KeyValuePair<string, long>("f", 18), new KeyValuePair<string, long>("g", 7)]);
    }
}
