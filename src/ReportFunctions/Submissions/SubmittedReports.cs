using Azure;
using Azure.Storage.Blobs;
using ReportFunctions.Storage;

namespace ReportFunctions.Submissions;

/// <summary>The stored bodies of submissions (contract JSON as accepted), e.g. to show a rejected one on the form again.</summary>
public sealed class SubmittedReports(BlobServiceClient blobs)
{
    private readonly BlobContainerClient _submissions = blobs.GetBlobContainerClient(StorageNames.SubmissionsContainer);

    public async Task<BinaryData?> ReadAsync(SubmissionEntity submission, CancellationToken ct)
    {
        try
        {
            return (await _submissions.GetBlobClient(submission.BlobName).DownloadContentAsync(ct)).Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
