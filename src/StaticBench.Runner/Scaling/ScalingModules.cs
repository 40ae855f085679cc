using static StaticBench.Runner.Scaling.WasmBinary;

namespace StaticBench.Runner.Scaling;

/// <summary>
/// Generates the compile-time scaling modules: valid, import-free modules exporting <c>run(): i32</c>
/// (so every engine can run them and the checksum is checked), in two <see cref="ScalingShape"/>s, at
/// sizes from kilobytes to megabytes. Deterministic: the same shape and size give the same bytes, so a
/// series measures the engine, never the generator. Constants are always 5-byte LEBs so size grows
/// exactly linearly with the number of units.
/// </summary>
public static class ScalingModules
{
    /// <summary>Arithmetic rounds in each small function (about 118 bytes per function).</summary>
    public const int RoundsPerSmallFunction = 8;

    private const int BigFunctionLocals = 8;

    /// <summary><paramref name="count"/> sizes spaced evenly on a log axis from <paramref name="min"/> to <paramref name="max"/> bytes.</summary>
    public static IReadOnlyList<int> Sizes(int min, int max, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return count == 1 ? [max] : [.. Enumerable.Range(0, count).Select(i => (int)Math.Round(min * Math.Pow((double)max / min, i / (double)(count - 1)))).Distinct()];
    }

    /// <summary>The module of <paramref name="shape"/> closest to <paramref name="targetBytes"/> (never below one unit).</summary>
    public static ScalingModule Generate(ScalingShape shape, int targetBytes)
    {
        // Units are the same size, but section lengths are LEBs that grow with the module: estimate from
        // two small modules, then correct once from the real size.
        var small = Build(shape, 64).Bytes;
        var perUnit = Build(shape, 65).Bytes - small;
        var units = Math.Max(1, 64 + (int)Math.Round((targetBytes - small) / (double)perUnit));
        var module = Build(shape, units);
        var correction = (int)Math.Round((targetBytes - module.Bytes) / (double)perUnit);
        return correction == 0 || units + correction < 1 ? module : Build(shape, units + correction);
    }

    /// <summary>The module of <paramref name="shape"/> with exactly <paramref name="units"/> functions or steps.</summary>
    public static ScalingModule Build(ScalingShape shape, int units)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        return shape == ScalingShape.SmallFunctions ? SmallFunctions(units) : BigFunction(units);
    }

    /// <summary>A constant of exactly five LEB bytes, different per (unit, round).</summary>
    private static int Constant(int unit, int round)
    {
        var x = (uint)(unit * 0x9E3779B1) ^ (uint)(round * 0x85EBCA77);
        x ^= x >> 15;
        return (int)(0x40000000u | (x & 0x0FFFFFFFu));
    }

    private static void Const(List<byte> body, int value)
    {
        body.Add(Op.I32Const);
        Signed(body, value);
    }

    private static void Local(List<byte> body, byte op, int index)
    {
        body.Add(op);
        Unsigned(body, (ulong)index);
    }

    private static ScalingModule SmallFunctions(int count)
    {
        var bodies = new List<List<byte>>();
        for (var f = 0; f < count; f++)
        {
            var body = new List<byte> { 0 }; // no locals besides the parameter
            for (var r = 0; r < RoundsPerSmallFunction; r++)
            {
                Local(body, Op.LocalGet, 0);
                Const(body, 31);
                body.Add(Op.I32Mul);
                Const(body, Constant(f, r));
                body.Add(Op.I32Add);
                Local(body, Op.LocalSet, 0);
            }

            Local(body, Op.LocalGet, 0);
            body.Add(Op.End);
            bodies.Add(body);
        }

        // run() = f[last](f[middle](f[0](1))): touches both ends without a call chain as deep as the module.
        int[] called = [.. new[] { 0, count / 2, count - 1 }.Distinct()];
        var run = new List<byte> { 0 };
        Const(run, 1);
        foreach (var f in called)
        {
            run.Add(Op.Call);
            Unsigned(run, (ulong)f);
        }

        run.Add(Op.End);
        bodies.Add(run);

        var checksum = 1;
        foreach (var f in called)
        {
            for (var r = 0; r < RoundsPerSmallFunction; r++)
            {
                checksum = unchecked((checksum * 31) + Constant(f, r));
            }
        }

        // Types: 0 = (i32) -> i32, 1 = () -> i32.
        List<byte> types = [2, 0x60, 1, I32, 1, I32, 0x60, 0, 1, I32];
        var functions = new List<byte>();
        Unsigned(functions, (ulong)(count + 1));
        functions.AddRange(Enumerable.Repeat((byte)0, count));
        functions.Add(1);
        return new ScalingModule(ScalingShape.SmallFunctions, count, Module(types, functions, count, bodies), checksum);
    }

    private static ScalingModule BigFunction(int steps)
    {
        var body = new List<byte> { 1, BigFunctionLocals, I32 };
        var locals = new int[BigFunctionLocals];
        for (var r = 0; r < steps; r++)
        {
            int a = r % BigFunctionLocals, b = (r + 3) % BigFunctionLocals, d = (r + 1) % BigFunctionLocals;
            int k = Constant(r, 0), c = Constant(r, 1);
            Local(body, Op.LocalGet, a);
            Const(body, k);
            body.Add(Op.I32Mul);
            Local(body, Op.LocalGet, b);
            body.Add(Op.I32Add);
            Const(body, c);
            body.Add(Op.I32Xor);
            Local(body, Op.LocalSet, d);
            locals[d] = unchecked(((locals[a] * k) + locals[b]) ^ c);
        }

        Local(body, Op.LocalGet, 0);
        for (var j = 1; j < BigFunctionLocals; j++)
        {
            Local(body, Op.LocalGet, j);
            body.Add(Op.I32Xor);
        }

        body.Add(Op.End);
        var checksum = locals.Aggregate(0, (x, v) => x ^ v);
        List<byte> types = [1, 0x60, 0, 1, I32];
        List<byte> functions = [1, 0];
        return new ScalingModule(ScalingShape.BigFunction, steps, Module(types, functions, 0, [body]), checksum);
    }

    private static byte[] Module(List<byte> types, List<byte> functions, int runIndex, List<List<byte>> bodies)
    {
        var module = new List<byte>(Header);
        Section(module, 1, types);
        Section(module, 3, functions);
        var exports = new List<byte> { 1 };
        Name(exports, "run");
        exports.Add(0); // function
        Unsigned(exports, (ulong)runIndex);
        Section(module, 7, exports);
        var code = new List<byte>();
        Unsigned(code, (ulong)bodies.Count);
        foreach (var body in bodies)
        {
            Unsigned(code, (ulong)body.Count);
            code.AddRange(body);
        }

        Section(module, 10, code);
        return [.. module];
    }
}
