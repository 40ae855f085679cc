namespace StaticBench.Runner.Engines;

/// <summary>
/// Phases of engines that translate wasm into another language before running it (wasm2js), beside
/// <see cref="Phases"/>. Separate names, because their time means something different from a compile.
/// </summary>
public static class TranslationPhases
{
    /// <summary>The translator's whole process (wasm2js: wasm in, JavaScript out), measured by the runner.</summary>
    public const string Translate = "translate";

    /// <summary>Loading the translated program: JS parse, compile and evaluation of the module's top level (which instantiates).</summary>
    public const string Load = "load";
}
