namespace StaticBench.Runner.Scaling;

/// <summary>One generated module: its shape, exact size in bytes, how many units it holds, and what <c>run()</c> returns.</summary>
/// <param name="Shape">How its code is laid out.</param>
/// <param name="Units">Functions (small-functions) or arithmetic steps (big-function).</param>
/// <param name="Wasm">The module's bytes.</param>
/// <param name="Checksum">What <c>run()</c> returns (computed by the generator, checked against every engine).</param>
public sealed record ScalingModule(ScalingShape Shape, int Units, byte[] Wasm, int Checksum)
{
    public int Bytes => Wasm.Length;
}
