namespace StaticBench.Runner.Tests.Support;

/// <summary>Tiny hand-encoded modules exporting <c>run(): i32</c>, so tests need no compiler.</summary>
public static class WasmModules
{
    /// <summary><c>run</c> returns <paramref name="value"/> (0..63, a one-byte signed LEB128).</summary>
    public static byte[] Returning(int value) => Module([0x41, (byte)value]);

    /// <summary><c>run</c> never returns: <c>loop br 0 end</c>.</summary>
    public static byte[] InfiniteLoop() => Module([0x03, 0x40, 0x0c, 0x00, 0x0b, 0x41, 0x00]);

    private static byte[] Module(byte[] body)
    {
        byte[] function = [0x00, .. body, 0x0b]; // no locals, body, end
        return
        [
            0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type: () -> i32
            0x03, 0x02, 0x01, 0x00, // function 0 has type 0
            0x07, 0x07, 0x01, 0x03, (byte)'r', (byte)'u', (byte)'n', 0x00, 0x00, // export "run" = function 0
            0x0a, (byte)(function.Length + 2), 0x01, (byte)function.Length, .. function,
        ];
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="folder"/>/<paramref name="file"/> and returns the path.</summary>
    public static string Write(string folder, string file, byte[] bytes)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
