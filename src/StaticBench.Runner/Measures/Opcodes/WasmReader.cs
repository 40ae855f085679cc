namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>
/// A cursor over a WebAssembly binary: LEB128 integers, bytes and names, each read failing with the
/// byte offset when the module is cut short or malformed.
/// </summary>
public sealed class WasmReader(byte[] bytes, int position = 0, int? end = null)
{
    private readonly int end = end ?? bytes.Length;

    public byte[] Bytes { get; } = bytes;

    public int Position { get; set; } = position;

    public bool AtEnd => Position >= end;

    public byte Byte() => Position < end ? Bytes[Position++] : throw Malformed("unexpected end of the module");

    public uint U32() => (uint)Unsigned(32);

    public void SkipSigned(int bits)
    {
        for (var read = 0; read < (bits + 6) / 7; read++)
        {
            if ((Byte() & 0x80) == 0)
            {
                return;
            }
        }

        throw Malformed($"a signed LEB128 longer than {bits} bits");
    }

    public void Skip(int count)
    {
        if (count < 0 || Position + count > end)
        {
            throw Malformed("unexpected end of the module");
        }

        Position += count;
    }

    public string Name()
    {
        var length = (int)U32();
        var start = Position;
        Skip(length);
        return System.Text.Encoding.UTF8.GetString(Bytes, start, length);
    }

    public InvalidDataException Malformed(string what) => new($"malformed module at byte {Position}: {what}");

    private ulong Unsigned(int bits)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift >= bits + 7)
            {
                throw Malformed($"an unsigned LEB128 longer than {bits} bits");
            }

            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }

    /// <summary>The unsigned LEB128 encoding of <paramref name="value"/>.</summary>
    public static byte[] Leb(uint value)
    {
        var output = new List<byte>(5);
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            output.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. output];
    }
}
