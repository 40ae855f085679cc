namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>
/// Adds a counter to every basic block of a module: a new exported mutable i64 global per block, and
/// <c>global.get; i64.const 1; i64.add; global.set</c> at the block's start. A block starts a function,
/// and follows every instruction after which control may leave the straight line or arrive from a
/// branch (<see cref="WasmOpcodes.EndsBlock"/>), so all of a block's instructions run exactly as often
/// as its counter says. Nothing else changes: the function, global and export indices of the module
/// stay valid because the new globals and exports come after the existing ones.
/// </summary>
/// <remarks>
/// Written by hand: binaryen's passes (<c>--instrument-*</c>, <c>--log-execution</c>) log through
/// imports at function entries and loops, not per block, and no served .NET library rewrites wasm.
/// </remarks>
public static class BlockInstrumenter
{
    public static InstrumentedModule Instrument(byte[] wasm)
    {
        var module = WasmModule.Parse(wasm);
        var code = module.Find(WasmSection.Code) ?? throw new InvalidDataException("the module has no code section");
        var firstCounter = module.ImportedGlobals + module.DefinedGlobals;
        var blocks = new List<CountedBlock>();
        var codePayload = InstrumentCode(module, code, firstCounter, blocks);

        var replaced = new Dictionary<byte, byte[]>
        {
            [WasmSection.Code] = codePayload,
            [WasmSection.Global] = Extend(module, WasmSection.Global, blocks.Count, _ => [0x7E, 0x01, 0x42, 0x00, 0x0B]),
            [WasmSection.Export] = Extend(module, WasmSection.Export, blocks.Count, i =>
            {
                var name = System.Text.Encoding.UTF8.GetBytes($"{InstrumentedModule.CounterPrefix}{i}");
                return [.. WasmReader.Leb((uint)name.Length), .. name, 0x03, .. WasmReader.Leb((uint)(firstCounter + i))];
            }),
        };
        return new InstrumentedModule(Assemble(module, replaced), blocks);
    }

    private static byte[] InstrumentCode(WasmModule module, WasmSection code, int firstCounter, List<CountedBlock> blocks)
    {
        var bytes = module.Bytes;
        var reader = new WasmReader(bytes, code.Start, code.End);
        var count = reader.U32();
        var output = new List<byte>(WasmReader.Leb(count));
        for (var f = 0; f < count; f++)
        {
            var size = (int)reader.U32();
            var end = reader.Position + size;
            var body = new List<byte>(size * 2);
            var locals = reader.Position;
            for (var n = reader.U32(); n > 0; n--)
            {
                reader.U32();
                reader.Byte();
            }

            body.AddRange(bytes.AsSpan(locals, reader.Position - locals));
            var name = module.FunctionName(module.ImportedFunctions + f);
            Dictionary<string, int>? block = null;
            while (reader.Position < end)
            {
                var start = reader.Position;
                var opcode = WasmOpcodes.Read(reader);
                if (block is null)
                {
                    block = [];
                    blocks.Add(new CountedBlock(name, block));
                    var counter = WasmReader.Leb((uint)(firstCounter + blocks.Count - 1));
                    body.AddRange([0x23, .. counter, 0x42, 0x01, 0x7C, 0x24, .. counter]);
                }

                block[opcode] = block.GetValueOrDefault(opcode) + 1;
                body.AddRange(bytes.AsSpan(start, reader.Position - start));
                if (WasmOpcodes.EndsBlock(opcode))
                {
                    block = null;
                }
            }

            if (reader.Position != end)
            {
                throw reader.Malformed($"function {name}'s body overruns its size");
            }

            output.AddRange(WasmReader.Leb((uint)body.Count));
            output.AddRange(body);
        }

        return [.. output];
    }

    /// <summary>A vector section's payload with <paramref name="added"/> entries appended (a new section when absent).</summary>
    private static byte[] Extend(WasmModule module, byte id, int added, Func<int, byte[]> entry)
    {
        var output = new List<byte>();
        uint existing = 0;
        var rest = Array.Empty<byte>();
        if (module.Find(id) is { } section)
        {
            var reader = new WasmReader(module.Bytes, section.Start, section.End);
            existing = reader.U32();
            rest = module.Bytes[reader.Position..section.End];
        }

        output.AddRange(WasmReader.Leb(existing + (uint)added));
        output.AddRange(rest);
        for (var i = 0; i < added; i++)
        {
            output.AddRange(entry(i));
        }

        return [.. output];
    }

    /// <summary>The module again with some sections' payloads replaced, and the ones it lacked inserted in their place.</summary>
    private static byte[] Assemble(WasmModule module, Dictionary<byte, byte[]> replaced)
    {
        var output = new List<byte>(module.Bytes.Length * 2);
        output.AddRange(module.Bytes.AsSpan(0, 8));
        var pending = replaced.Keys.Where(id => module.Find(id) is null).OrderBy(WasmSection.Rank).ToList();
        void Write(byte id, ReadOnlySpan<byte> payload)
        {
            output.Add(id);
            output.AddRange(WasmReader.Leb((uint)payload.Length));
            output.AddRange(payload);
        }

        foreach (var section in module.Sections)
        {
            while (section.Id != WasmSection.Custom && pending.Count > 0 && WasmSection.Rank(pending[0]) < WasmSection.Rank(section.Id))
            {
                Write(pending[0], replaced[pending[0]]);
                pending.RemoveAt(0);
            }

            if (replaced.TryGetValue(section.Id, out var payload) && section.Id != WasmSection.Custom)
            {
                Write(section.Id, payload);
            }
            else
            {
                output.AddRange(module.Bytes.AsSpan(section.HeaderStart, section.End - section.HeaderStart));
            }
        }

        pending.ForEach(id => Write(id, replaced[id]));
        return [.. output];
    }
}
