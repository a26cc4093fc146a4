using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Luoshi.Storage.Schema;

/// <summary>Gives every column a snake_case name, so the raw SQL of the bulk import and the audit triggers read
/// the same on SQLite and PostgreSQL (where PascalCase names would need quoting everywhere).</summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(Of(property.Name));
            }

            foreach (var complex in entity.GetComplexProperties())
            {
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    property.SetColumnName(Of(complex.Name) + "_" + Of(property.Name));
                }
            }
        }
    }

    /// <summary>SourceHash → source_hash.</summary>
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
