namespace StaticBench.Runner.Measures.Opcodes;

/// <summary>One section of a module: its id and where its payload lies in the module's bytes.</summary>
public sealed record WasmSection(byte Id, int Start, int End, int HeaderStart)
{
    public const byte Custom = 0, Import = 2, Global = 6, Export = 7, Code = 10;

    /// <summary>
    /// Where a section of this id must stand among the others (the binary format fixes the order;
    /// tags, 13, come before globals and data count, 12, before code).
    /// </summary>
    public static int Rank(byte id) => id switch
    {
        13 => 6, 6 => 7, 7 => 8, 8 => 9, 9 => 10, 12 => 11, 10 => 12, 11 => 13, _ => id,
    };
}

/// <summary>
/// The parts of a module the instrumenter reads: its sections, how many functions and globals are
/// imported (they come first in the index spaces), and a readable name for every function (from the
/// <c>name</c> section, else its export, else <c>func[N]</c>).
/// </summary>
public sealed class WasmModule
{
    private WasmModule(byte[] bytes, IReadOnlyList<WasmSection> sections) => (Bytes, Sections) = (bytes, sections);

    public byte[] Bytes { get; }

    public IReadOnlyList<WasmSection> Sections { get; }

    public int ImportedFunctions { get; private set; }

    public int ImportedGlobals { get; private set; }

    public int DefinedGlobals { get; private set; }

    private readonly Dictionary<int, string> names = [];
    private readonly Dictionary<int, string> exports = [];

    /// <summary>The readable name of function <paramref name="index"/> (in the function index space).</summary>
    public string FunctionName(int index) =>
        names.TryGetValue(index, out var name) ? name : exports.TryGetValue(index, out var export) ? export : $"func[{index}]";

    public WasmSection? Find(byte id) => Sections.FirstOrDefault(s => s.Id == id);

    public static WasmModule Parse(byte[] bytes)
    {
        if (bytes.Length < 8 || bytes[0] != 0 || bytes[1] != (byte)'a' || bytes[2] != (byte)'s' || bytes[3] != (byte)'m' || bytes[4] != 1)
        {
            throw new InvalidDataException("not a WebAssembly module (version 1)");
        }

        var reader = new WasmReader(bytes, 8);
        var sections = new List<WasmSection>();
        while (!reader.AtEnd)
        {
            var header = reader.Position;
            var id = reader.Byte();
            var size = (int)reader.U32();
            var start = reader.Position;
            reader.Skip(size);
            sections.Add(new WasmSection(id, start, start + size, header));
        }

        var module = new WasmModule(bytes, sections);
        module.ReadIndexSpaces();
        return module;
    }

    private void ReadIndexSpaces()
    {
        foreach (var section in Sections)
        {
            var reader = new WasmReader(Bytes, section.Start, section.End);
            switch (section.Id)
            {
                case WasmSection.Import:
                    ReadImports(reader);
                    break;
                case WasmSection.Global:
                    DefinedGlobals = (int)reader.U32();
                    break;
                case WasmSection.Export:
                    for (var n = reader.U32(); n > 0; n--)
                    {
                        var name = reader.Name();
                        var kind = reader.Byte();
                        var index = (int)reader.U32();
                        if (kind == 0)
                        {
                            exports.TryAdd(index, name);
                        }
                    }

                    break;
                case WasmSection.Custom when reader.Name() == "name":
                    ReadNames(reader);
                    break;
            }
        }
    }

    private void ReadImports(WasmReader reader)
    {
        for (var n = reader.U32(); n > 0; n--)
        {
            reader.Name();
            reader.Name();
            switch (reader.Byte())
            {
                case 0:
                    reader.U32();
                    ImportedFunctions++;
                    break;
                case 1:
                    reader.Byte();
                    Limits(reader);
                    break;
                case 2:
                    Limits(reader);
                    break;
                case 3:
                    reader.Byte();
                    reader.Byte();
                    ImportedGlobals++;
                    break;
                case 4:
                    reader.Byte();
                    reader.U32();
                    break;
                default:
                    throw reader.Malformed("unknown import kind");
            }
        }
    }

    private static void Limits(WasmReader reader)
    {
        var flags = reader.Byte();
        reader.U32();
        if ((flags & 1) != 0)
        {
            reader.U32();
        }
    }

    /// <summary>The function names subsection (id 1) of the <c>name</c> section; a broken one is ignored, as engines do.</summary>
    private void ReadNames(WasmReader reader)
    {
        try
        {
            while (!reader.AtEnd)
            {
                var id = reader.Byte();
                var size = (int)reader.U32();
                var end = reader.Position + size;
                if (id == 1)
                {
                    for (var n = reader.U32(); n > 0; n--)
                    {
                        var index = (int)reader.U32();
                        names[index] = reader.Name();
                    }
                }

                reader.Position = end;
            }
        }
        catch (InvalidDataException)
        {
            names.Clear();
        }
    }
}
