using System.Collections.Concurrent;

namespace StaticBench.Runner.Processes;

/// <summary>
/// A runner for probes that starts each distinct command (program path and arguments) once and hands
/// every later caller the same outcome. Within one run several askers want the same answer: the four
/// V8 configurations and wasm2js ask node for its versions, native, the suite's toolchain and the
/// machine description ask musl-gcc for its version, and so on.
/// </summary>
/// <remarks>
/// Make one per run, never a static one: a tool upgraded between two runs is seen by the second, and
/// tests that put a different program on PATH never get another test's answer. Only for commands whose
/// answer depends on nothing but the command (not the working folder nor the environment): the compilers
/// building the suite go to the plain runner. (A probe that builds something, as the Sightglass host's
/// does, builds it once per run, which is what it wants anyway.) Safe to call from several threads; a
/// command asked for twice at once still runs once. A cancelled run is not kept, and a caller that
/// shared a run another caller cancelled (its own token still live) starts the command again.
/// </remarks>
public sealed class ProbeCache(IProcessRunner inner) : IProcessRunner
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ProcessOutcome>>> outcomes = new(StringComparer.Ordinal);

    public bool Sandboxed => inner.Sandboxed;

    public async Task<ProcessOutcome> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        // NUL cannot occur inside a path or an argument, so the key is unambiguous.
        var key = string.Join('\0', spec.Arguments.Prepend(spec.Program));
        var run = outcomes.GetOrAdd(key, _ => new Lazy<Task<ProcessOutcome>>(() => inner.RunAsync(spec, cancellationToken)));
        try
        {
            return await run.Value;
        }
        catch (OperationCanceledException)
        {
            outcomes.TryRemove(new KeyValuePair<string, Lazy<Task<ProcessOutcome>>>(key, run));
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
        }

        // The run was started with the token of whichever caller came first, and that caller gave up.
        return await RunAsync(spec, cancellationToken);
    }
}
