/**
 * Eleventy 3 configuration, loaded through tsx. It stays thin (as in eleventy-base-blog):
 * everything it registers lives in src/site/.
 */
import { configureEleventy, type EleventyConfigApi } from "./src/site/eleventy-config.js";

export default function (eleventyConfig: EleventyConfigApi) {
  return configureEleventy(eleventyConfig);
}
