using StaticBench.Runner.Engines;
using StaticBench.Runner.Engines.Cranelift;
using StaticBench.Runner.Engines.Native;
using StaticBench.Runner.Engines.V8;
using StaticBench.Runner.Tests.Support;

namespace StaticBench.Runner.Tests.Engines;

public class SteadyStateArgumentsTests
{
    [Fact]
    public void The_policy_goes_to_node_drivers_as_options_and_to_the_native_harness_as_three_numbers()
    {
        // Given a sample that asks for execute with the default policy (3 to 20 calls, 300 ms)
        var request = Canned.Request(Phases.Execute);

        // Then both forms carry the same numbers
        SteadyStateArguments.Options(request).ShouldBe(["--min-calls", "3", "--max-calls", "20", "--budget-ms", "300"]);
        SteadyStateArguments.Positional(request).ShouldBe(["3", "20", "300"]);
    }

    [Fact]
    public void Without_execute_no_steady_state_call_is_made()
    {
        var request = Canned.Request(Phases.Compile, Phases.ExecuteFirst);

        SteadyStateArguments.Options(request).ShouldBe(["--min-calls", "0", "--max-calls", "0", "--budget-ms", "0"]);
        SteadyStateArguments.Positional(request).ShouldBe(["0", "0", "0"]);
    }

    [Fact]
    public void Every_engine_that_times_calls_passes_the_policy_it_was_given()
    {
        // Given a policy no default would produce
        var request = Canned.Request(Phases.Execute) with { Execute = new ExecutePolicy(5, 7, TimeSpan.FromMilliseconds(42)) };
        string[] options = ["--min-calls", "5", "--max-calls", "7", "--budget-ms", "42"];
        IEngine[] drivers = [new V8Engine(V8Config.Optimizing, driver: "/d.mjs"), new CraneliftEngine("/engines", "/d.mjs")];

        // Then each node driver's command line ends with the options, and native's with the numbers
        foreach (var engine in drivers)
        {
            engine.Plan(Canned.Installed(engine), request).Steps.Single().Process.Arguments.TakeLast(6).ShouldBe(options, engine.Name);
        }

        var native = new NativeEngine();
        native.Plan(Canned.Installed(native), request).Steps.Single().Process.Arguments.ShouldBe(["5", "7", "42"]);
    }
}
