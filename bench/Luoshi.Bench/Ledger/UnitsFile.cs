using System.Text;

namespace Luoshi.Bench.Ledger;

/// <summary>Writes units in the units file layout (code,name,kind,parent,aliases), so the ledger knows every lead unit
/// before plans and progress name them. Generated names hold no commas or quotes.</summary>
internal static class UnitsFile
{
    public static void Write(string path, IEnumerable<UnitLine> units)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine("code,name,kind,parent,aliases");
        foreach (var unit in units)
        {
            writer.WriteLine($"{unit.Code},{unit.Name},{unit.Kind},{unit.Parent},");
        }
    }
}
