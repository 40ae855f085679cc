namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>
/// A straight run of instructions in one function that either all execute or none do: its counter
/// says how often it was entered, and its opcodes how often each of them ran per entry.
/// </summary>
/// <param name="Function">The function's readable name (<see cref="WasmModule.FunctionName"/>).</param>
/// <param name="Opcodes">Opcode name → how many times it occurs in the block.</param>
public sealed record CountedBlock(string Function, IReadOnlyDictionary<string, int> Opcodes);

/// <summary>An instrumented module: its bytes, and its blocks in the order of their counters.</summary>
public sealed record InstrumentedModule(byte[] Bytes, IReadOnlyList<CountedBlock> Blocks)
{
    /// <summary>The export name of block <c>i</c>'s counter is this prefix followed by <c>i</c>.</summary>
    public const string CounterPrefix = "__staticbench_block_";
}
