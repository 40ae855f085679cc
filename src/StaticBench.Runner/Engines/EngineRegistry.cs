using StaticBench.Runner.Engines.Cranelift;
using StaticBench.Runner.Engines.Native;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Engines.Wasm2Js;
using StaticBench.Runner.Engines.WasmInterp;

namespace StaticBench.Runner.Engines;

/// <summary>
/// Every known engine by name. <see cref="Default"/> lists the built-ins; a builder adds more (configured
/// CLI engines, Sightglass libraries...) by name, and refuses a second engine under a name already taken.
/// </summary>
public sealed class EngineRegistry
{
    private readonly List<IEngine> engines;

    private EngineRegistry(IEnumerable<IEngine> engines) => this.engines = [.. engines];

    /// <summary>
    /// The built-ins, in the order runs interleave them and tables list them. Native goes last: it is the
    /// baseline column of every ratio.
    /// </summary>
    public static EngineRegistry Default { get; } = new(
    [
        new V8Engine(V8Config.Baseline),
        new V8Engine(V8Config.Optimizing),
        new V8Engine(V8Config.Default),
        new V8Engine(V8Config.Aot),
        new CraneliftEngine(),
        new Wasm2JsEngine(),
        new WasmInterpEngine(),
        new NativeEngine(),
    ]);

    public IReadOnlyList<IEngine> Engines => engines;

    /// <summary>A copy with <paramref name="engine"/> added, before <c>native</c> unless told otherwise.</summary>
    public EngineRegistry With(IEngine engine, string? before = "native")
    {
        if (Find(engine.Name) is not null)
        {
            throw new ArgumentException($"an engine named '{engine.Name}' is already registered", nameof(engine));
        }

        var list = new List<IEngine>(engines);
        var index = before is null ? -1 : list.FindIndex(e => e.Name == before);
        list.Insert(index < 0 ? list.Count : index, engine);
        return new EngineRegistry(list);
    }

    /// <summary>A copy with every engine replaced by what <paramref name="map"/> returns; engines mapped to null are left out.</summary>
    public EngineRegistry Map(Func<IEngine, IEngine?> map) => new(engines.Select(map).OfType<IEngine>());

    public IEngine? Find(string name) => engines.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
}
