using StaticBench.Runner.Processes;

namespace StaticBench.Runner.Tests.Processes;

public class SandboxPolicyTests
{
    private static readonly ProcessSpec Spec = new("/usr/bin/node", ["driver.mjs", "x.wasm"], "/tmp/run/sample-1", TimeSpan.FromSeconds(10))
    {
        ReadOnlyPaths = ["/tmp/suite"],
    };

    [Fact]
    public void Limits_wrap_the_sandbox_which_wraps_the_program()
    {
        // Given both prlimit and bwrap
        var policy = new SandboxPolicy("/usr/bin/bwrap", "/usr/bin/prlimit", "test");

        // When a spec is wrapped
        var argv = policy.Wrap(Spec).ToList();

        // Then prlimit comes first with CPU seconds above the wall limit, then bwrap, then the program and its arguments
        argv[0].ShouldBe("/usr/bin/prlimit");
        argv.ShouldContain("--cpu=11");
        argv.IndexOf("/usr/bin/bwrap").ShouldBeGreaterThan(argv.IndexOf("--"));
        argv.TakeLast(3).ShouldBe(["/usr/bin/node", "driver.mjs", "x.wasm"]);
    }

    [Fact]
    public void The_sandbox_drops_capabilities_and_network_and_binds_only_the_working_folder_writable()
    {
        var argv = new SandboxPolicy("/usr/bin/bwrap", null, "test").Wrap(Spec).ToList();

        argv.ShouldContain("--unshare-all");
        argv[argv.IndexOf("--cap-drop") + 1].ShouldBe("ALL");
        argv.Count(a => a == "--bind").ShouldBe(1);
        argv[argv.IndexOf("--bind") + 1].ShouldBe("/tmp/run/sample-1");
        // Binds under /tmp must come after the empty /tmp, or they would be hidden by it.
        argv.IndexOf("--bind").ShouldBeGreaterThan(argv.IndexOf("--tmpfs"));
        argv.IndexOf("/tmp/suite").ShouldBeGreaterThan(argv.IndexOf("--tmpfs"));
    }

    [Fact]
    public void No_address_space_limit_unless_the_spec_asks_for_one()
    {
        var policy = new SandboxPolicy(null, "/usr/bin/prlimit", "test");

        policy.Wrap(Spec).ShouldNotContain(a => a.StartsWith("--as=", StringComparison.Ordinal));
        policy.Wrap(Spec with { AddressSpaceLimitBytes = 1024 }).ShouldContain("--as=1024");
    }

    [Fact]
    public void A_process_whose_cpu_time_is_measured_runs_under_a_shell_that_waits_for_it_instead_of_bwraps_init()
    {
        var policy = new SandboxPolicy("/usr/bin/bwrap", "/usr/bin/prlimit", "test");

        var argv = policy.Wrap(Spec with { MeasureCpuTime = true }).ToList();

        argv.IndexOf("--as-pid-1").ShouldBeLessThan(argv.LastIndexOf("--"));
        argv.Skip(argv.LastIndexOf("--") + 1).ShouldBe([.. SandboxPolicy.WaitingParent, "/usr/bin/node", "driver.mjs", "x.wasm"]);
        policy.Wrap(Spec).ShouldNotContain("--as-pid-1");
        SandboxPolicy.None.Wrap(Spec with { MeasureCpuTime = true }).ShouldBe(["/usr/bin/node", "driver.mjs", "x.wasm"], "unsandboxed, the runner is the program's parent");
    }

    [Fact]
    public void Without_bwrap_the_program_runs_as_given()
    {
        SandboxPolicy.None.Wrap(Spec).ShouldBe(["/usr/bin/node", "driver.mjs", "x.wasm"]);
        SandboxPolicy.None.IsSandboxed.ShouldBeFalse();
    }
}
