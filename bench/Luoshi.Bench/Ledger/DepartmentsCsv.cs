using System.Text;

namespace Luoshi.Bench.Ledger;

/// <summary>Writes the departments in the units file layout (code,name,kind,parent,aliases), so the ledger knows
/// every lead unit before plans and progress name them.</summary>
internal static class DepartmentsCsv
{
    public static void Write(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine("code,name,kind,parent,aliases");
        for (var i = 0; i < Departments.Names.Count; i++)
        {
            writer.WriteLine($"{Departments.Code(i)},{Departments.Names[i]},department,,");
        }
    }
}
