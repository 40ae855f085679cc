namespace StaticBench.Runner.Scaling;

/// <summary>
/// The few pieces of the wasm binary format the scaling modules need (LEB128, sections, vectors), so
/// modules of any size are written in milliseconds without a text-format tool.
/// </summary>
internal static class WasmBinary
{
    public static readonly byte[] Header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

    public const byte I32 = 0x7f;

    public static void Unsigned(List<byte> output, ulong value)
    {
        do
        {
            var b = (byte)(value & 0x7f);
            value >>= 7;
            output.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }

    public static void Signed(List<byte> output, long value)
    {
        while (true)
        {
            var b = (byte)(value & 0x7f);
            value >>= 7;
            var done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            output.Add(done ? b : (byte)(b | 0x80));
            if (done)
            {
                return;
            }
        }
    }

    public static void Section(List<byte> module, byte id, List<byte> content)
    {
        module.Add(id);
        Unsigned(module, (ulong)content.Count);
        module.AddRange(content);
    }

    public static void Name(List<byte> output, string name)
    {
        Unsigned(output, (ulong)name.Length);
        output.AddRange(System.Text.Encoding.UTF8.GetBytes(name));
    }

    /// <summary>Opcodes used by the generated bodies.</summary>
    public static class Op
    {
        public const byte End = 0x0b;
        public const byte Call = 0x10;
        public const byte LocalGet = 0x20;
        public const byte LocalSet = 0x21;
        public const byte I32Const = 0x41;
        public const byte I32Add = 0x6a;
        public const byte I32Mul = 0x6c;
        public const byte I32Xor = 0x73;
    }
}
