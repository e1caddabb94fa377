// The rejection form, its letters and its plan load behind the same skeleton.
export { default } from "../loading";
