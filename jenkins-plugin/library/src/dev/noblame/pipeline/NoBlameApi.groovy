package dev.noblame.pipeline

import com.cloudbees.groovy.cps.NonCPS
import groovy.json.JsonOutput
import groovy.json.JsonSlurperClassic

/**
 * Talks to NoBlame from a Pipeline. The URL and the token come from Jenkins credentials by id
 * (Secret text: {@code noblame-url} and {@code noblame-token} unless told otherwise) and only
 * live inside {@code withCredentials}, so Jenkins masks them in the log.
 *
 * Transport: the HTTP Request plugin's {@code httpRequest} step when it is installed; otherwise
 * {@code sh} + curl on Unix agents and {@code powershell} + Invoke-WebRequest on Windows agents.
 * {@code transport: 'httpRequest' | 'curl' | 'powershell'} forces one.
 *
 * Every call answers {@code [status: int, json: Map or null, error: String or null]}; a status of
 * 0 means NoBlame was not reached. Callers decide whether that fails the build.
 */
class NoBlameApi implements Serializable {
    static final String DEFAULT_URL_ID = 'noblame-url'
    static final String DEFAULT_TOKEN_ID = 'noblame-token'
    static final List<String> TRANSPORTS = ['auto', 'httpRequest', 'curl', 'powershell']

    private final def steps
    private final Map args

    /** Only stores: constructors are not CPS-transformed, so no step may run in one. */
    NoBlameApi(def steps, Map args) {
        this.steps = steps
        this.args = args ?: [:]
    }

    Map post(String path, Map body) {
        return call('POST', path, JsonOutput.toJson(body))
    }

    Map get(String path) {
        return call('GET', path, null)
    }

    private Map call(String method, String path, String json) {
        String transport = (args.transport ?: 'auto') as String
        if (!TRANSPORTS.contains(transport)) {
            steps.error("NoBlame: transport must be one of ${TRANSPORTS.join('|')} (got '${transport}')")
        }
        String urlId = (args.urlCredentialsId ?: steps.env.NOBLAME_URL_CREDENTIALS_ID ?: DEFAULT_URL_ID) as String
        String tokenId = (args.tokenCredentialsId ?: steps.env.NOBLAME_TOKEN_CREDENTIALS_ID ?: DEFAULT_TOKEN_ID) as String
        Map answer = null
        steps.withCredentials([steps.string(credentialsId: urlId, variable: 'NOBLAME_URL'),
                               steps.string(credentialsId: tokenId, variable: 'NOBLAME_TOKEN')]) {
            answer = send(transport, method, path, json)
        }
        return answer
    }

    private Map send(String transport, String method, String path, String json) {
        if (transport == 'httpRequest' || transport == 'auto') {
            try {
                return viaHttpRequest(method, path, json)
            } catch (Throwable e) {
                // Jenkins throws NoSuchMethodError for a step no plugin provides: fall back to the agent's tools
                if (!(e instanceof NoSuchMethodError || e instanceof MissingMethodException)) {
                    throw e
                }
                if (transport == 'httpRequest') {
                    steps.error('NoBlame: transport httpRequest needs the HTTP Request plugin')
                }
            }
        }
        boolean unix = transport == 'curl' || (transport == 'auto' && steps.isUnix())
        String bodyFile = ".noblame-${UUID.randomUUID()}.json"
        steps.writeFile(file: bodyFile, text: json ?: '', encoding: 'UTF-8')
        String out
        try {
            steps.withEnv(["NOBLAME_METHOD=${method}", "NOBLAME_PATH=${path}", "NOBLAME_BODY=${bodyFile}"]) {
                if (unix) {
                    out = steps.sh(script: steps.libraryResource('dev/noblame/pipeline/noblame-call.sh'),
                            returnStdout: true, label: 'NoBlame')
                } else {
                    out = steps.powershell(script: steps.libraryResource('dev/noblame/pipeline/noblame-call.ps1'),
                            returnStdout: true, label: 'NoBlame')
                }
            }
        } catch (Exception e) {
            return [status: 0, json: null, error: "NoBlame was not reached: ${e.message}"]
        } finally {
            if (unix) {
                steps.sh(script: "rm -f '${bodyFile}'", label: 'NoBlame cleanup')
            } else {
                steps.powershell(script: "Remove-Item -Force -ErrorAction SilentlyContinue '${bodyFile}'", label: 'NoBlame cleanup')
            }
        }
        return parseStatusLast(out)
    }

    private Map viaHttpRequest(String method, String path, String json) {
        String base = (steps.env.NOBLAME_URL as String).replaceAll('/+$', '')
        def response = steps.httpRequest(url: base + path, httpMode: method,
                customHeaders: [[name: 'X-NoBlame-Token', value: steps.env.NOBLAME_TOKEN, maskValue: true]],
                contentType: 'APPLICATION_JSON_UTF8', acceptType: 'APPLICATION_JSON',
                requestBody: json ?: '', validResponseCodes: '100:599', quiet: true, consoleLogResponseBody: false,
                timeout: 30)
        return answer(response.status as int, response.content as String)
    }

    /** curl and the PowerShell script print the body, then the status on the last line. */
    @NonCPS
    static Map parseStatusLast(String out) {
        String text = (out ?: '').trim()
        int cut = text.lastIndexOf('\n')
        String statusText = (cut >= 0 ? text.substring(cut + 1) : text).trim()
        String body = cut >= 0 ? text.substring(0, cut) : ''
        if (!(statusText ==~ /\d{3}/)) {
            return [status: 0, json: null, error: "NoBlame gave no status (output: ${text.take(200)})"]
        }
        return answer(statusText as int, body)
    }

    @NonCPS
    static Map answer(int status, String body) {
        Map json = null
        String error = null
        if (body?.trim()) {
            try {
                def parsed = new JsonSlurperClassic().parseText(body)
                json = parsed instanceof Map ? parsed : null
            } catch (Exception e) {
                error = "NoBlame answered ${status} with a body that is not JSON"
            }
        }
        if (status >= 300 && error == null) {
            error = "NoBlame answered ${status}: ${json?.message ?: json?.error ?: body?.take(200) ?: 'no details'}"
        }
        return [status: status, json: json, error: error]
    }

    /** Drops absent values, so the JSON carries only what is known. */
    @NonCPS
    static Map compact(Map m) {
        Map out = [:]
        m.each { k, v ->
            if (v != null) {
                out[k] = v
            }
        }
        return out
    }

    /** For query strings: service and environment names are URL-encoded, never pasted raw. */
    @NonCPS
    static String enc(String s) {
        return URLEncoder.encode(s ?: '', 'UTF-8')
    }
}
