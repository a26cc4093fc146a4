using Luoshi.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>org_units: code and name each unique; aliases as a JSON list.</summary>
internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.Name).IsUnique();
        builder.Property(u => u.Kind).HasConversion<string>();
        builder.Property(u => u.Aliases).HasJsonConversion();
    }
}
