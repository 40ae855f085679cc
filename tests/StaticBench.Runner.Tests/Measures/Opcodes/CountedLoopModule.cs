namespace StaticBench.Runner.Tests.Measures.Opcodes;

/// <summary>
/// A hand-encoded module whose <c>run</c> counts a local from 0 to 10 in a loop and returns it, so every
/// instruction's dynamic count is known: the loop body runs 10 times, everything else once.
/// </summary>
public static class CountedLoopModule
{
    /// <summary>
    /// <code>
    /// (func $run (result i32) (local i32)
    ///   loop
    ///     local.get 0  i32.const 1  i32.add  local.tee 0  i32.const 10  i32.lt_s  br_if 0
    ///   end
    ///   local.get 0)
    /// </code>
    /// </summary>
    public static byte[] Bytes(params byte[] extraBody) => Module(
    [
        0x01, 0x01, 0x7F,
        0x03, 0x40, 0x20, 0x00, 0x41, 0x01, 0x6A, 0x22, 0x00, 0x41, 0x0A, 0x48, 0x0D, 0x00, 0x0B,
        .. extraBody,
        0x20, 0x00, 0x0B,
    ]);

    private static byte[] Module(byte[] function) =>
    [
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
        0x03, 0x02, 0x01, 0x00,
        0x07, 0x07, 0x01, 0x03, (byte)'r', (byte)'u', (byte)'n', 0x00, 0x00,
        0x0a, (byte)(function.Length + 2), 0x01, (byte)function.Length, .. function,
    ];
}
