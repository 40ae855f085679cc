namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>
/// The WebAssembly instruction set as far as the instrumenter must know it: each opcode's text-format
/// name and how to step over its immediates. Covers the MVP, sign extension, saturating conversions,
/// bulk memory, reference types and tail calls; SIMD, threads and exceptions are refused.
/// </summary>
public static class WasmOpcodes
{
    // 0x45..0xC4: the numeric instructions, which take no immediates.
    private static readonly string[] Numeric =
    [
        "i32.eqz", "i32.eq", "i32.ne", "i32.lt_s", "i32.lt_u", "i32.gt_s", "i32.gt_u", "i32.le_s", "i32.le_u", "i32.ge_s", "i32.ge_u",
        "i64.eqz", "i64.eq", "i64.ne", "i64.lt_s", "i64.lt_u", "i64.gt_s", "i64.gt_u", "i64.le_s", "i64.le_u", "i64.ge_s", "i64.ge_u",
        "f32.eq", "f32.ne", "f32.lt", "f32.gt", "f32.le", "f32.ge",
        "f64.eq", "f64.ne", "f64.lt", "f64.gt", "f64.le", "f64.ge",
        "i32.clz", "i32.ctz", "i32.popcnt", "i32.add", "i32.sub", "i32.mul", "i32.div_s", "i32.div_u", "i32.rem_s", "i32.rem_u",
        "i32.and", "i32.or", "i32.xor", "i32.shl", "i32.shr_s", "i32.shr_u", "i32.rotl", "i32.rotr",
        "i64.clz", "i64.ctz", "i64.popcnt", "i64.add", "i64.sub", "i64.mul", "i64.div_s", "i64.div_u", "i64.rem_s", "i64.rem_u",
        "i64.and", "i64.or", "i64.xor", "i64.shl", "i64.shr_s", "i64.shr_u", "i64.rotl", "i64.rotr",
        "f32.abs", "f32.neg", "f32.ceil", "f32.floor", "f32.trunc", "f32.nearest", "f32.sqrt", "f32.add", "f32.sub", "f32.mul", "f32.div",
        "f32.min", "f32.max", "f32.copysign",
        "f64.abs", "f64.neg", "f64.ceil", "f64.floor", "f64.trunc", "f64.nearest", "f64.sqrt", "f64.add", "f64.sub", "f64.mul", "f64.div",
        "f64.min", "f64.max", "f64.copysign",
        "i32.wrap_i64", "i32.trunc_f32_s", "i32.trunc_f32_u", "i32.trunc_f64_s", "i32.trunc_f64_u", "i64.extend_i32_s", "i64.extend_i32_u",
        "i64.trunc_f32_s", "i64.trunc_f32_u", "i64.trunc_f64_s", "i64.trunc_f64_u", "f32.convert_i32_s", "f32.convert_i32_u",
        "f32.convert_i64_s", "f32.convert_i64_u", "f32.demote_f64", "f64.convert_i32_s", "f64.convert_i32_u", "f64.convert_i64_s",
        "f64.convert_i64_u", "f64.promote_f32", "i32.reinterpret_f32", "i64.reinterpret_f64", "f32.reinterpret_i32", "f64.reinterpret_i64",
        "i32.extend8_s", "i32.extend16_s", "i64.extend8_s", "i64.extend16_s", "i64.extend32_s",
    ];

    // 0x28..0x3E: loads and stores, each with a memarg (alignment, offset).
    private static readonly string[] Memory =
    [
        "i32.load", "i64.load", "f32.load", "f64.load", "i32.load8_s", "i32.load8_u", "i32.load16_s", "i32.load16_u",
        "i64.load8_s", "i64.load8_u", "i64.load16_s", "i64.load16_u", "i64.load32_s", "i64.load32_u",
        "i32.store", "i64.store", "f32.store", "f64.store", "i32.store8", "i32.store16", "i64.store8", "i64.store16", "i64.store32",
    ];

    private static readonly string[] Prefixed =
    [
        "i32.trunc_sat_f32_s", "i32.trunc_sat_f32_u", "i32.trunc_sat_f64_s", "i32.trunc_sat_f64_u",
        "i64.trunc_sat_f32_s", "i64.trunc_sat_f32_u", "i64.trunc_sat_f64_s", "i64.trunc_sat_f64_u",
        "memory.init", "data.drop", "memory.copy", "memory.fill", "table.init", "elem.drop", "table.copy", "table.grow", "table.size", "table.fill",
    ];

    /// <summary>Reads one instruction at the reader's position, steps over its immediates, and returns its name.</summary>
    public static string Read(WasmReader reader)
    {
        var at = reader.Position;
        var op = reader.Byte();
        switch (op)
        {
            case >= 0x45 and <= 0xC4:
                return Numeric[op - 0x45];
            case >= 0x28 and <= 0x3E:
                reader.U32();
                reader.U32();
                return Memory[op - 0x28];
            case 0x02 or 0x03 or 0x04:
                BlockType(reader);
                return op == 0x02 ? "block" : op == 0x03 ? "loop" : "if";
            case 0x0C or 0x0D:
                reader.U32();
                return op == 0x0C ? "br" : "br_if";
            case 0x0E:
                var targets = reader.U32();
                for (var i = 0u; i <= targets; i++)
                {
                    reader.U32();
                }

                return "br_table";
            case 0x10 or 0x12:
                reader.U32();
                return op == 0x10 ? "call" : "return_call";
            case 0x11 or 0x13:
                reader.U32();
                reader.U32();
                return op == 0x11 ? "call_indirect" : "return_call_indirect";
            case 0x1C:
                var types = reader.U32();
                reader.Skip((int)types);
                return "select";
            case >= 0x20 and <= 0x26:
                reader.U32();
                return new[] { "local.get", "local.set", "local.tee", "global.get", "global.set", "table.get", "table.set" }[op - 0x20];
            case 0x3F or 0x40:
                reader.Byte();
                return op == 0x3F ? "memory.size" : "memory.grow";
            case 0x41:
                reader.SkipSigned(32);
                return "i32.const";
            case 0x42:
                reader.SkipSigned(64);
                return "i64.const";
            case 0x43:
                reader.Skip(4);
                return "f32.const";
            case 0x44:
                reader.Skip(8);
                return "f64.const";
            case 0xD0:
                reader.Byte();
                return "ref.null";
            case 0xD2:
                reader.U32();
                return "ref.func";
            case 0xFC:
                return ReadPrefixed(reader);
        }

        return op switch
        {
            0x00 => "unreachable",
            0x01 => "nop",
            0x05 => "else",
            0x0B => "end",
            0x0F => "return",
            0x1A => "drop",
            0x1B => "select",
            0xD1 => "ref.is_null",
            _ => throw new InvalidDataException($"byte {at}: opcode 0x{op:x2} is not supported by the instrumenter (SIMD, threads and exceptions are not)"),
        };
    }

    /// <summary>
    /// Whether control may leave the straight line after this instruction, or arrive right after it from
    /// elsewhere: the next instruction then starts a new counted block.
    /// </summary>
    public static bool EndsBlock(string name) => name is
        "loop" or "if" or "else" or "end" or "br" or "br_if" or "br_table" or "return" or "unreachable" or "return_call" or "return_call_indirect";

    private static string ReadPrefixed(WasmReader reader)
    {
        var at = reader.Position;
        var sub = reader.U32();
        if (sub >= Prefixed.Length)
        {
            throw new InvalidDataException($"byte {at}: opcode 0xfc {sub} is not supported by the instrumenter");
        }

        switch (sub)
        {
            case 8:
                reader.U32();
                reader.Byte();
                break;
            case 9 or 13 or 15 or 16 or 17:
                reader.U32();
                break;
            case 10:
                reader.Byte();
                reader.Byte();
                break;
            case 11:
                reader.Byte();
                break;
            case 12 or 14:
                reader.U32();
                reader.U32();
                break;
        }

        return Prefixed[sub];
    }

    /// <summary>A block type: 0x40 (empty), a value type (one byte), or a type index (a signed LEB128).</summary>
    private static void BlockType(WasmReader reader)
    {
        var first = reader.Bytes[reader.Position];
        if (first == 0x40 || (first & 0xC0) == 0x40)
        {
            reader.Byte();
            return;
        }

        reader.SkipSigned(33);
    }
}
