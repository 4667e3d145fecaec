import dev.noblame.pipeline.NoBlameApi

/**
 * Declares an incident in NoBlame from a Pipeline, linked to this build.
 *
 *   noblameIncident(title: 'Smoke tests fail after deploy', severity: 'SEV2', service: 'checkout')
 *
 * Arguments: title, service (required); severity (SEV1..SEV4, default SEV3); environment
 * (default production); failOnError (default false). Sets the build description to the incident
 * and answers its id ('INC-12'), or null when NoBlame was not reached.
 */
def call(Map args = [:]) {
    if (!args.title || !args.service) {
        throw new IllegalArgumentException('noblameIncident: title and service are required')
    }
    String severity = (args.severity ?: 'SEV3').toString().toUpperCase()
    if (!(severity in ['SEV1', 'SEV2', 'SEV3', 'SEV4'])) {
        error("noblameIncident: severity must be SEV1|SEV2|SEV3|SEV4 (got '${args.severity}')")
    }
    Map answer = new NoBlameApi(this, args).post('/api/v1/integrations/jenkins/incidents', NoBlameApi.compact([
            title      : args.title as String, severity: severity, service: args.service as String,
            environment: (args.environment ?: 'production') as String, buildUrl: env.BUILD_URL,
            pipeline   : env.JOB_NAME, buildNumber: (env.BUILD_NUMBER ?: currentBuild.number) as long]))
    if (answer.error) {
        String message = "noblameIncident: could not declare the incident: ${answer.error}"
        if (args.failOnError) {
            error(message)
        }
        echo(message)
        return null
    }
    String id = answer.json?.incident as String
    if (id) {
        String line = "NoBlame: declared incident ${id}"
        currentBuild.description = currentBuild.description ? "${currentBuild.description}\n${line}" : line
        echo(line)
    }
    return id
}
