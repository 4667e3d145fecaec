# Calls NoBlame from a Windows agent (Windows PowerShell 5.1 or PowerShell 7). Everything comes
# from the environment: NOBLAME_URL and NOBLAME_TOKEN (from Jenkins credentials), NOBLAME_METHOD,
# NOBLAME_PATH and NOBLAME_BODY (a file holding the JSON body). Prints the response body, then
# the HTTP status on the last line; an error status is an answer, not a failure of the step.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$uri = $env:NOBLAME_URL.TrimEnd('/') + $env:NOBLAME_PATH
$headers = @{ 'X-NoBlame-Token' = $env:NOBLAME_TOKEN; 'Accept' = 'application/json' }
try {
  if ($env:NOBLAME_METHOD -eq 'GET') {
    $r = Invoke-WebRequest -UseBasicParsing -Method Get -Uri $uri -Headers $headers -TimeoutSec 30
  } else {
    $body = [System.IO.File]::ReadAllBytes($env:NOBLAME_BODY)
    $r = Invoke-WebRequest -UseBasicParsing -Method $env:NOBLAME_METHOD -Uri $uri -Headers $headers `
      -ContentType 'application/json; charset=utf-8' -Body $body -TimeoutSec 30
  }
  $status = [int]$r.StatusCode
  $content = $r.Content
} catch {
  $response = $_.Exception.Response
  if ($null -eq $response) { throw }
  $status = [int]$response.StatusCode
  $content = if ($_.ErrorDetails -and $_.ErrorDetails.Message) { $_.ErrorDetails.Message } else { '' }
}
Write-Output $content
Write-Output $status
