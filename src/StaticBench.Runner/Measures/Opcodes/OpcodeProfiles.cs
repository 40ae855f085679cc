using StaticBench.Runner.Engines;
using StaticBench.Runner.Running;

namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>How a run changes under <c>--metric opcodes</c>.</summary>
public static class OpcodeProfiles
{
    /// <summary>
    /// The one profiler instead of the engines, one sample and no warm-up (the counts are exact), and
    /// only the execute phase. Engines asked for are named in a note: they would all give this profile.
    /// </summary>
    public static (EngineRegistry Engines, RunOptions Options) Plan(RunOptions options, Action<string> say, OpcodeProfilingEngine? profiler = null)
    {
        if (options.Engines.Count > 0)
        {
            say($"--metric opcodes: the profile does not depend on the engine; ignoring --engine {string.Join(' ', options.Engines)}");
        }

        var engines = EngineRegistry.Default.Map(_ => null).With(profiler ?? new OpcodeProfilingEngine(), before: null);
        return (engines, options with { Engines = [], Phases = [Phases.Execute], Samples = 1, Warmup = 0, Scaling = null });
    }
}
