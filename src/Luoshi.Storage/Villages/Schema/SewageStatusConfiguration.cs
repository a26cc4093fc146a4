using Luoshi.Domain.Units;
using Luoshi.Domain.Villages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Villages.Schema;

/// <summary>sewage_statuses: one finding per village and day.</summary>
internal sealed class SewageStatusConfiguration : IEntityTypeConfiguration<SewageStatus>
{
    public void Configure(EntityTypeBuilder<SewageStatus> builder)
    {
        builder.ToTable("sewage_statuses");
        builder.HasIndex(s => new { s.VillageId, s.AsOf }).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.VillageId).OnDelete(DeleteBehavior.Cascade);
    }
}
