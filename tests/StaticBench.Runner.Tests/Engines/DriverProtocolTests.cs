using StaticBench.Runner.Engines;

namespace StaticBench.Runner.Tests.Engines;

public class DriverProtocolTests
{
    [Fact]
    public void Each_phase_line_becomes_a_measurement_and_the_checksum_is_read()
    {
        // Given a driver's output with a line of the benchmark's own chatter in between
        var stdout = "{\"phase\":\"parse\",\"ns\":1200}\nhello from the program\n{\"phase\":\"compile\",\"ns\":5000.5}\n{\"checksum\":-17}\n";

        // When it is parsed
        var reading = DriverProtocol.Parse(stdout);

        // Then both phases are wall times in ns and the checksum is the benchmark's answer
        reading.IsError.ShouldBeFalse();
        reading.Measurements.Select(m => (m.Phase, m.Value, m.Metric, m.Unit)).ShouldBe([("parse", 1200, "wall-time", "ns"), ("compile", 5000.5, "wall-time", "ns")]);
        reading.Checksum.ShouldBe(-17);
    }

    [Fact]
    public void Steady_state_calls_of_one_process_are_one_sample_their_median()
    {
        // Given five steady-state calls in one process
        var stdout = string.Join('\n', new[] { 900, 100, 300, 200, 250 }.Select(ns => $"{{\"phase\":\"execute\",\"ns\":{ns}}}"));

        // When parsed
        var reading = DriverProtocol.Parse(stdout);

        // Then one execute measurement remains: the median
        reading.Measurements.ShouldHaveSingleItem().Value.ShouldBe(250);
    }

    [Fact]
    public void Wall_and_cpu_time_of_the_same_steady_state_calls_are_two_samples_each_its_own_median()
    {
        // Given three calls, each reported on both clocks as the drivers do
        var stdout = string.Join('\n', new[] { (900, 800), (100, 1000), (300, 2000) }.Select(t =>
            $"{{\"phase\":\"execute\",\"ns\":{t.Item1}}}\n{{\"phase\":\"execute\",\"metric\":\"cpu-time\",\"unit\":\"ns\",\"value\":{t.Item2}}}"));

        // When parsed
        var reading = DriverProtocol.Parse(stdout);

        // Then each metric is reduced on its own
        reading.Measurements.Select(m => (m.Metric, m.Value)).ShouldBe([(Metrics.WallTime, 300), (Metrics.CpuTime, 1000)]);
    }

    [Fact]
    public void Other_metrics_keep_their_metric_and_unit()
    {
        var reading = DriverProtocol.Parse("{\"phase\":\"aot-compile\",\"metric\":\"artifact-size\",\"unit\":\"bytes\",\"value\":4096}");

        var size = reading.Measurements.ShouldHaveSingleItem();
        (size.Phase, size.Metric, size.Unit, size.Value).ShouldBe(("aot-compile", "artifact-size", "bytes", 4096));
    }

    [Fact]
    public void An_error_line_makes_the_whole_step_an_error()
    {
        var reading = DriverProtocol.Parse("{\"phase\":\"parse\",\"ns\":1}\n{\"error\":\"the module does not validate\"}");

        reading.IsError.ShouldBeTrue();
        reading.Error.ShouldNotBeNull().ShouldContain("the module does not validate");
        reading.Measurements.ShouldBeEmpty();
    }

    [Fact]
    public void Two_different_checksums_from_one_process_are_an_error()
    {
        // Given a benchmark whose steady-state call returned something else than its first call
        var reading = DriverProtocol.Parse("{\"checksum\":1}\n{\"phase\":\"execute\",\"ns\":5}\n{\"checksum\":2}");

        // Then the step is an error, not a number
        reading.Error.ShouldNotBeNull().ShouldContain("different checksums");
    }

    [Theory]
    [InlineData("{\"phase\":\"parse\",\"ns\":\"fast\"}")]
    [InlineData("{\"phase\":\"parse\"")]
    [InlineData("[1,2]")]
    [InlineData("{\"ns\":12}")]
    [InlineData("{\"phase\":\"parse\",\"value\":1,\"metric\":7}")]
    public void Malformed_lines_are_ignored_not_guessed_at(string line)
    {
        DriverProtocol.Parse(line).Measurements.ShouldBeEmpty();
    }
}
