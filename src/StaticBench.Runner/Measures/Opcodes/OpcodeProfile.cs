namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>
/// The dynamic instruction profile of one call: how many times each opcode ran, and how many
/// instructions each function ran itself (its callees' not included), both sorted by count.
/// </summary>
public sealed record OpcodeProfile(IReadOnlyList<KeyValuePair<string, long>> Opcodes, IReadOnlyList<KeyValuePair<string, long>> Functions)
{
    public long Total => Opcodes.Sum(o => o.Value);

    /// <summary>Block counters × the blocks' static opcode counts.</summary>
    public static OpcodeProfile Of(InstrumentedModule module, IReadOnlyList<long> counters)
    {
        if (counters.Count != module.Blocks.Count)
        {
            throw new InvalidDataException($"{counters.Count} block counters read, the module has {module.Blocks.Count} blocks");
        }

        var opcodes = new Dictionary<string, long>();
        var functions = new Dictionary<string, long>();
        for (var i = 0; i < counters.Count; i++)
        {
            var block = module.Blocks[i];
            foreach (var (opcode, times) in block.Opcodes)
            {
                opcodes[opcode] = opcodes.GetValueOrDefault(opcode) + (counters[i] * times);
                functions[block.Function] = functions.GetValueOrDefault(block.Function) + (counters[i] * times);
            }
        }

        return new OpcodeProfile(Sorted(opcodes), Sorted(functions));
    }

    private static KeyValuePair<string, long>[] Sorted(Dictionary<string, long> counts) =>
        [.. counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)];
}
